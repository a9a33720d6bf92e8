package dev.threshold.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Deployed by ServiceRolesIT in a web archive of its own beside Threshold's (same Elytron domain, no role checks of
 * its own): calls one of Threshold's application services directly, as whoever signed in with HTTP Basic, so that
 * only the EJB container's check stands between the caller and the service. Answers 200 "called", 403 "refused"
 * for the container's {@code jakarta.ejb.EJBAccessException}, 500 with the cause otherwise. Reflection, because Threshold's classes are not
 * visible to this archive; the proxy from JNDI is.
 */
@WebServlet("/call/*")
public class ServiceCallServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String call = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        response.setContentType("text/plain");
        try {
            invoke(call);
            response.getWriter().print("called");
        } catch (Exception e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            if (cause.getClass().getName().equals("jakarta.ejb.EJBAccessException")) {
                response.setStatus(403);
                response.getWriter().print("refused");
            } else {
                response.setStatus(500);
                response.getWriter().print(cause);
            }
        }
    }

    private static void invoke(String call) throws Exception {
        String none = "no-such-" + UUID.randomUUID();
        switch (call) {
            case "accounts" -> method("UserAccountService", "accounts").invoke(bean("UserAccountService"));
            case "createAccount" ->
                method("UserAccountService", "createAccount", String.class, String.class, String.class, String.class)
                        .invoke(bean("UserAccountService"), "x", "owner", "short", "probe");
            case "forgetDoor" ->
                method("DoorMappingService", "forgetDoor", String.class).invoke(bean("DoorMappingService"), none);
            case "confirmIncident" ->
                method("IncidentService", "confirm", UUID.class, String.class, String.class)
                        .invoke(bean("IncidentService"), UUID.randomUUID(), "probe", "probe");
            case "emailPreview" ->
                method("EmailSettingsService", "preview", String.class, String.class)
                        .invoke(bean("EmailSettingsService"), "subject", "body");
            case "cameraForFootage" ->
                method("CameraService", "cameraForFootage", UUID.class)
                        .invoke(bean("CameraService"), UUID.randomUUID());
            case "removeCamera" ->
                method("CameraService", "removeCamera", UUID.class).invoke(bean("CameraService"), UUID.randomUUID());
            default -> throw new IllegalArgumentException("no call " + call);
        }
    }

    private static Object bean(String name) throws NamingException {
        return new InitialContext().lookup("java:global/threshold/threshold-ejb/" + name);
    }

    private static Method method(String bean, String name, Class<?>... parameters) throws Exception {
        return bean(bean).getClass().getMethod(name, parameters);
    }
}
