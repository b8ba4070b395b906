package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores instants as UTC wall-clock {@code DATETIME(6)} to the microsecond. JPA 3.1 has no mapping for {@code Instant}
 * (EclipseLink would serialize it), and a UTC wall clock keeps the stored value independent of the server's time zone.
 * The value is bound as text: MariaDB before 11 introduces itself to Connector/J as version "5.5.5-…", and the driver
 * then drops the fractions of every bound time, so a {@code LocalDateTime} would be stored to the second. Both MariaDB
 * and H2 read the text into the column's own type, and compare it as a time, not as a string.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : STORED.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * The column as the driver read it, which EclipseLink hands over unconverted: a {@code LocalDateTime} from
     * Connector/J, a {@code Timestamp} or {@code LocalDateTime} from H2, or text.
     */
    @Override
    public Instant convertToEntityAttribute(Object stored) {
        if (stored == null) {
            return null;
        }
        LocalDateTime wallClock;
        if (stored instanceof LocalDateTime time) {
            wallClock = time;
        } else if (stored instanceof Timestamp time) {
            wallClock = time.toLocalDateTime();
        } else {
            wallClock = LocalDateTime.parse(stored.toString().strip().replace(' ', 'T'));
        }
        return wallClock.toInstant(ZoneOffset.UTC);
    }
}
