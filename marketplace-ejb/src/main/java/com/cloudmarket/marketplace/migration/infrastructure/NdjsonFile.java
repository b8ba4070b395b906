package com.cloudmarket.marketplace.migration.infrastructure;

import com.cloudmarket.marketplace.shared.domain.PayloadTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An uploaded NDJSON file spooled to a temporary file, so it can be read twice (validate everything, then write) with
 * never more than one line in memory. Lines are split on LF (a CR before it is dropped, a leading BOM ignored) and
 * decoded as strict UTF-8.
 */
public final class NdjsonFile implements AutoCloseable {

    /** What a visitor gets per line: its text, or the code of why it has none. */
    public interface LineVisitor {
        void line(long number, String text, String problem);
    }

    public static final String NOT_UTF8 = "importUtf8";
    public static final String TOO_LONG = "importLineLength";

    private final Path path;
    private final int maxLineBytes;

    private NdjsonFile(Path path, int maxLineBytes) {
        this.path = path;
        this.maxLineBytes = maxLineBytes;
    }

    /** Copies the body to a temporary file; beyond {@code maxBytes} it is refused (413) and nothing is kept. */
    public static NdjsonFile spool(InputStream body, long maxBytes, int maxLineBytes) {
        Path path = null;
        try {
            path = Files.createTempFile("marketplace-import-", ".ndjson");
            try (OutputStream out = Files.newOutputStream(path)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; body != null && (n = body.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new PayloadTooLargeException("error.importTooLarge", maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new NdjsonFile(path, maxLineBytes);
        } catch (IOException e) {
            delete(path);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(path);
            throw e;
        }
    }

    /** Every line but blank ones, in order, numbered from 1 as an editor numbers them. */
    public void read(LineVisitor visitor) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] line = new byte[8192];
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            long number = 1;
            int length = 0;
            boolean tooLong = false;
            boolean first = true;
            int filled = 0;
            int at = 0;
            while (true) {
                if (at == filled) {
                    filled = in.read(buffer);
                    at = 0;
                }
                int b = filled < 0 ? -1 : buffer[at++] & 0xFF;
                if (b != '\n' && b != -1) {
                    if (length < maxLineBytes) {
                        if (length == line.length) {
                            line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
                        }
                        line[length++] = (byte) b;
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                int start = first && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                        && (line[2] & 0xFF) == 0xBF ? 3 : 0;
                int end = length > start && line[length - 1] == '\r' ? length - 1 : length;
                first = false;
                if (tooLong) {
                    visitor.line(number, null, TOO_LONG);
                } else if (!blank(line, start, end)) {
                    try {
                        visitor.line(number, utf8.reset().decode(ByteBuffer.wrap(line, start, end - start)).toString(), null);
                    } catch (CharacterCodingException e) {
                        visitor.line(number, null, NOT_UTF8);
                    }
                }
                if (b == -1) {
                    return;
                }
                number++;
                length = 0;
                tooLong = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int maxLineBytes() {
        return maxLineBytes;
    }

    @Override
    public void close() {
        delete(path);
    }

    private static boolean blank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file: the operating system's clean-up removes what could not be deleted now
            }
        }
    }
}
