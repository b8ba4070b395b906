package com.cloudmarket.marketplace.shared.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import java.io.OutputStream;
import java.io.Reader;

/**
 * JSON-P builders and readers from one provider looked up once. Each static {@code jakarta.json.Json.createX} call
 * looks the provider up again through the class loaders (ServiceLoader), and the EAR class loader's resource lookup is
 * synchronized: under load the order transitions' threads spent more time waiting for it than working.
 */
public final class JsonFactory {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonFactory() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    /** Writes UTF-8. */
    public static JsonGenerator createGenerator(OutputStream out) {
        return PROVIDER.createGenerator(out);
    }
}
