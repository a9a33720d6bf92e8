package dev.threshold.interfaces.session;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.time.Clock;

/**
 * Puts {@link SignInThrottleHandler} in front of the web module's security handlers (an outer handler runs before
 * Elytron authenticates), so that a throttled attempt never reaches bcrypt. Registered in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}; one throttle per node.
 */
public class SignInThrottleExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        SignInThrottle throttle = new SignInThrottle();
        deployment.addOuterHandlerChainWrapper(next -> new SignInThrottleHandler(next, throttle, Clock.systemUTC()));
        // Told of each authentication, so that a success ends the failures in a row of its account and address.
        deployment.addNotificationReceiver(notification -> SignInThrottleHandler.succeeded(notification, throttle));
    }
}
