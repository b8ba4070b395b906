package com.cloudmarket.marketplace.calendar.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClasspathFolderTest {

    @Test
    void findsTheBundledFilesInAnExpandedModule() {
        List<String> files = ClasspathFolder.csvFiles(getClass().getClassLoader(), ClasspathFolder.CALENDAR);
        assertTrue(files.contains("calendar/cn-public-holidays-2026.csv"), files.toString());
    }

    @Test
    void findsTheFilesInAJarOnly(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("module.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("calendar/", "calendar/b-2027.csv", "calendar/a-2026.csv", "calendar/readme.txt",
                    "calendar/old/x.csv", "other/c.csv")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("date,workday,note\n".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of("calendar/a-2026.csv", "calendar/b-2027.csv"), ClasspathFolder.csvFiles(loader, "calendar"));
            // the class loader still reads the jar after the listing closed its own copy
            try (var in = loader.getResourceAsStream("calendar/a-2026.csv")) {
                assertTrue(in != null && in.readAllBytes().length > 0);
            }
        }
    }

    @Test
    void anAbsentFolderIsEmpty(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("nothing"));
        try (OutputStream ignored = Files.newOutputStream(temp.resolve("nothing/x.txt"));
             URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null)) {
            assertEquals(List.of(), ClasspathFolder.csvFiles(loader, "calendar"));
        }
    }
}
