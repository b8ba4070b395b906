package com.cloudmarket.marketplace.calendar.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Lists the {@code .csv} resources of one class-path folder, whether the module is deployed expanded (Payara Server
 * expands EAR modules, Payara Micro its WARs) or as a jar.
 */
final class ClasspathFolder {

    static final String CALENDAR = "calendar";

    private static final Logger LOG = Logger.getLogger(ClasspathFolder.class.getName());

    private ClasspathFolder() {
    }

    /** Resource names such as {@code calendar/cn-public-holidays-2026.csv}, sorted, each once. */
    static List<String> csvFiles(ClassLoader loader, String folder) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> locations = loader.getResources(folder);
            while (locations.hasMoreElements()) {
                URL location = locations.nextElement();
                switch (location.getProtocol()) {
                    case "file" -> fromDirectory(location, folder, names);
                    case "jar" -> fromJar(location, folder, names);
                    default -> LOG.warning("Cannot list the class-path folder " + location);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the class-path folder " + folder, e);
        }
        return List.copyOf(names);
    }

    private static void fromDirectory(URL location, String folder, TreeSet<String> names) throws IOException {
        Path directory;
        try {
            directory = Path.of(location.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString())
                    .filter(ClasspathFolder::isCsv)
                    .forEach(name -> names.add(folder + "/" + name));
        }
    }

    private static void fromJar(URL location, String folder, TreeSet<String> names) throws IOException {
        URLConnection connection = location.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            LOG.warning("Cannot list the class-path folder " + location);
            return;
        }
        // a private copy: closing the cached one would pull the jar from under the class loader
        jarConnection.setUseCaches(false);
        try (JarFile jar = jarConnection.getJarFile()) {
            String prefix = folder + "/";
            jar.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && isCsv(name))
                    .forEach(names::add);
        }
    }

    private static boolean isCsv(String name) {
        return name.endsWith(".csv");
    }
}
