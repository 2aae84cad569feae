package com.kapbenefit.portal.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surefire runs the test classes in two JVMs at once. Every test context rebuilds its schema, so each
 * JVM gets a MySQL/MariaDB database of its own: the first keeps the one DATASOURCE_URL names, the
 * others use that name with their fork number appended. In-memory H2 is already private to a JVM.
 */
public final class ForkDatabase implements LauncherSessionListener {

    private static final Pattern MYSQL_URL = Pattern.compile("^(jdbc:mysql://[^/]+/)([^?]+)(.*)$");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getenv("DATASOURCE_URL");
        String fork = System.getProperty("kap.test.fork", "1");
        Matcher parts = url == null ? null : MYSQL_URL.matcher(url);
        if (parts == null || !parts.matches() || fork.equals("1")) {
            return;
        }
        String database = parts.group(2) + "_fork" + fork;
        try (Connection server = DriverManager.getConnection(parts.group(1) + parts.group(3),
                System.getenv().getOrDefault("DATASOURCE_USERNAME", "root"), System.getenv().getOrDefault("DATASOURCE_PASSWORD", ""));
             Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database of test fork " + fork, e);
        }
        System.setProperty("datasources.default.url", parts.group(1) + database + parts.group(3));
    }
}
