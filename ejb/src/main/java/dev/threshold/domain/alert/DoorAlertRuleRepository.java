package dev.threshold.domain.alert;

import java.util.List;
import java.util.Optional;

public interface DoorAlertRuleRepository {

    List<DoorAlertRule> ofDoor(String lockId);

    Optional<DoorAlertRule> find(String lockId, AlertKind kind);

    void store(DoorAlertRule rule);

    void remove(DoorAlertRule rule);
}
