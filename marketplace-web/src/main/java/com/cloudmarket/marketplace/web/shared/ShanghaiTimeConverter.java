package com.cloudmarket.marketplace.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Shows service times (UTC offsets) as wall-clock time in Asia/Shanghai, whatever the server's own time zone. */
@FacesConverter(ShanghaiTimeConverter.ID)
public class ShanghaiTimeConverter implements Converter<OffsetDateTime> {

    public static final String ID = "marketplace.shanghaiTime";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public String getAsString(FacesContext context, UIComponent component, OffsetDateTime value) {
        return value == null ? "" : format(value);
    }

    @Override
    public OffsetDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), FORMAT).atZone(ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            String text = FacesFeedback.text(context, "time.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    public static String format(OffsetDateTime value) {
        return value.atZoneSameInstant(ZONE).format(FORMAT);
    }
}
