package dev.threshold.interfaces.audit.http;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Registers {@link SignInNotifications} with this web application's Undertow deployment (found through
 * META-INF/services/io.undertow.servlet.ServletExtension): Undertow then tells it of every authentication, successful
 * or failed, whichever mechanism (FORM, BASIC) did it.
 */
public class SignInAuditExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addNotificationReceiver(new SignInNotifications());
    }
}
