package dev.threshold.bench.search;

import dev.threshold.domain.camera.Camera;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The premises of the generated labels: doors (Kisi locks) with their cameras, and the people who badge in.
 * Names are made from fixed word lists and a seed, so that every run builds the same site.
 */
final class Site {

    private static final String[] FIRST = {
        "Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Lucia", "Marta",
        "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Samir", "Tess", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe",
        "Amara", "Bruno", "Carmen", "Diego", "Emil", "Freya", "Gustav", "Hana", "Ivan", "Jana", "Karl", "Lena", "Mateo",
        "Nora"
    };
    private static final String[] LAST = {
        "Okafor",
        "Lindqvist",
        "Moreau",
        "Tanaka",
        "Novak",
        "Haddad",
        "Schneider",
        "Costa",
        "Kowalski",
        "Fischer",
        "Rossi",
        "Nakamura",
        "Dubois",
        "Jensen",
        "Petrov",
        "Silva",
        "Mbeki",
        "Horvat",
        "Yilmaz",
        "Larsen",
        "Ferreira",
        "Weber",
        "Kim",
        "Popescu",
        "Andersen",
        "Garcia",
        "Ivanova",
        "Brennan",
        "Sato",
        "Varga",
        "Keller",
        "Muller",
        "Olsen",
        "Bianchi",
        "Lopez",
        "Nguyen",
        "Park",
        "Meyer",
        "Dahl",
        "Zhou",
        "Abebe",
        "Castillo",
        "Eriksen",
        "Farouk",
        "Gomez",
        "Holm",
        "Ito",
        "Janssen",
        "Kaur",
        "Lund"
    };
    private static final String[] PLACES = {
        "Front door",
        "Back door",
        "Lobby",
        "Loading dock",
        "Server room",
        "Stairwell",
        "Parking garage",
        "Bike room",
        "Roof access",
        "Mail room",
        "Lab",
        "Storage",
        "Kitchen",
        "Gym",
        "Archive",
        "Warehouse",
        "Side entrance",
        "Reception",
        "Boardroom",
        "IT closet"
    };

    record Door(String lockId, String name, List<Camera> cameras) {}

    record Person(String id, String name) {}

    final List<Door> doors = new ArrayList<>();
    final List<Camera> cameras = new ArrayList<>();
    final List<Person> people = new ArrayList<>();

    /** {@code doorCount} doors over several buildings; most have one or two cameras, some none yet. */
    Site(int doorCount, int personCount, Random random, Instant createdAt) {
        for (int i = 0; i < doorCount; i++) {
            String name = PLACES[i % PLACES.length] + " " + (char) ('A' + i / PLACES.length);
            List<Camera> watching = new ArrayList<>();
            int cameraCount = i % 10 == 9 ? 0 : 1 + random.nextInt(2);
            for (int c = 0; c < cameraCount; c++) {
                Camera camera = new Camera(name + " cam " + (c + 1), createdAt);
                watching.add(camera);
                cameras.add(camera);
            }
            doors.add(new Door(String.valueOf(10_000 + i), name, List.copyOf(watching)));
        }
        for (int i = 0; i < personCount; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            people.add(new Person(String.valueOf(400_000 + i), name));
        }
    }

    /** Busy doors are busier: a skewed pick, as at a real site where the front door sees most traffic. */
    Door busyDoor(Random random) {
        double u = random.nextDouble();
        return doors.get((int) (u * u * doors.size()));
    }

    Person anyone(Random random) {
        return people.get(random.nextInt(people.size()));
    }
}
