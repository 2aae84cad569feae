package com.kapbenefit.portal.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Another portal, on its own port with its own connection pool, as a second pod would be. */
public final class PortalInstance implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient client;

    private PortalInstance(EmbeddedServer server) {
        this.server = server;
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(Duration.ofSeconds(60));
        this.client = HttpClient.create(server.getURL(), configuration);
    }

    /** An instance joining a database another instance already migrated: it neither cleans nor seeds it. */
    public static PortalInstance joining(Map<String, Object> properties) {
        Map<String, Object> joined = new HashMap<>(properties);
        joined.putIfAbsent("flyway.datasources.default.enabled", false);
        joined.putIfAbsent("kap.demo.enabled", false);
        return start(joined);
    }

    public static PortalInstance start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        return new PortalInstance(ApplicationContext.run(EmbeddedServer.class, all, "test"));
    }

    public Api api() {
        return new Api(client, server.getApplicationContext().getBean(JsonMapper.class));
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    public URI uri() {
        return server.getURI();
    }

    @Override
    public void close() {
        client.close();
        server.getApplicationContext().close();
    }
}
