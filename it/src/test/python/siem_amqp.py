#!/usr/bin/env python3
"""A collector reading Threshold's security events over AMQP 1.0, as docs/siem.md shows it (Debian's
python3-qpid-proton). Run by AmqpSiemIT as a program of its own.

    siem_amqp.py URL USER PASSWORD CONTAINER_ID SUBSCRIPTION

A durable subscription (CONTAINER_ID and SUBSCRIPTION name it, as a JMS client id and subscription name do) to the
address jms.topic.security-events: prints "subscribed", then each event's body on a line "event <json>", until a line
"close" on standard input ("closed", exit code 0). An empty USER connects anonymously. A refusal (a wrong password,
an account whose role may not read, no account) is printed "refused: ..." with exit code 3.
"""
import sys
import threading

from proton.handlers import MessagingHandler
from proton.reactor import ApplicationEvent, Container, DurableSubscription, EventInjector

ADDRESS = "jms.topic.security-events"


class Collector(MessagingHandler):
    def __init__(self, url, user, password, subscription):
        super().__init__()
        self.url, self.user, self.password, self.subscription = url, user, password, subscription
        self.connection = None
        self.injector = EventInjector()  # brings "close" from standard input into the container's thread
        self.closing = False
        self.refusal = None

    def on_start(self, event):
        if self.user:
            self.connection = event.container.connect(self.url, user=self.user, password=self.password,
                                                      allowed_mechs="PLAIN", allow_insecure_mechs=True,
                                                      reconnect=False)
        else:
            self.connection = event.container.connect(self.url, allowed_mechs="ANONYMOUS", reconnect=False)
        event.container.create_receiver(self.connection, ADDRESS, name=self.subscription,
                                        options=DurableSubscription())

    def on_link_opened(self, event):
        if event.receiver is not None and event.receiver.remote_source.address:
            say("subscribed")

    def on_message(self, event):
        body = event.message.body
        say("event " + (bytes(body).decode("utf-8") if isinstance(body, (bytes, memoryview)) else str(body)))

    def on_siem_close(self, event):
        """Our own "close" from standard input (an application event)."""
        if self.refusal:
            return
        self.closing = True
        self.connection.close()
        say("closed")

    def refuse(self, why):
        if self.closing or self.refusal:
            return
        self.refusal = str(why)
        say("refused: %s" % why)
        self.connection.close()
        self.injector.close()  # nothing more to wait for: the container's run ends

    def on_link_error(self, event):
        self.refuse(event.link.remote_condition)

    def on_connection_error(self, event):
        self.refuse(event.connection.remote_condition)

    def on_transport_error(self, event):
        self.refuse(event.transport.condition)

    def on_disconnected(self, event):
        self.refuse("disconnected")


def say(line):
    print(line, flush=True)


def main():
    url, user, password, container_id, subscription = sys.argv[1:6]
    collector = Collector(url, user, password, subscription)
    injector = collector.injector
    container = Container(collector)
    container.container_id = container_id
    container.selectable(injector)

    def await_close():
        for line in sys.stdin:
            if line.strip() == "close":
                break
        injector.trigger(ApplicationEvent("siem_close"))
        injector.close()
    threading.Thread(target=await_close, daemon=True).start()
    container.run()
    sys.exit(3 if collector.refusal else 0)


if __name__ == "__main__":
    main()
