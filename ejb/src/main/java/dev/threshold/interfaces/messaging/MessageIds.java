package dev.threshold.interfaces.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

/** A message's id for log lines, or "(no id)": naming the message must never fail its handling. */
public final class MessageIds {

    private MessageIds() {}

    public static String of(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(no id)";
        }
    }
}
