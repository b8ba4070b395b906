package com.cloudmarket.marketplace.notification.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rule that turns the administrator's {@code marketplace.sms.gateway} setting into a gateway. */
public final class SmsGatewayChoice {

    public static final String SETTING = "marketplace.sms.gateway";
    public static final String DEFAULT = "recording";

    private SmsGatewayChoice() {
    }

    /** The gateway named by the setting (unset or blank: the recording gateway); an unknown name is a setup error. */
    public static SmsGateway choose(Optional<String> setting, Iterable<SmsGateway> available) {
        String wanted = setting.map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT);
        List<String> names = new ArrayList<>();
        for (SmsGateway gateway : available) {
            if (gateway.name().equals(wanted)) {
                return gateway;
            }
            names.add(gateway.name());
        }
        throw new IllegalStateException("Unknown SMS gateway \"" + wanted + "\" in " + SETTING + "; set one of "
                + names.stream().sorted().toList());
    }
}
