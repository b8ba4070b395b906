package com.cloudmarket.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/**
 * Ceiling A: what the server's HTTP listener and JAX-RS cost for a small JSON answer, with no security, no EJB and no
 * database. The marketplace's endpoints are compared with it and with the health check (ceiling B).
 */
@ApplicationPath("/")
public class Ceiling extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Ping.class);
    }

    @Path("ping")
    public static class Ping {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String ping() {
            return "{\"status\":\"UP\"}";
        }
    }
}
