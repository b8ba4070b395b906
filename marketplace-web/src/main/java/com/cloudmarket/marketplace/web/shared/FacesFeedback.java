package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the services' refusals into Faces messages. Error texts come from the shared message bundle, the same the API
 * answers with; console labels come from the console bundle ({@code text}).
 */
public final class FacesFeedback {

    /** The name of the console bundle in faces-config.xml. */
    public static final String BUNDLE_VAR = "text";

    private FacesFeedback() {
    }

    /**
     * One message per broken rule, next to the input whose id equals the field name; a field the form has no input for
     * is shown with the form's global messages.
     */
    public static void invalidInput(InvalidInputException e, Set<String> formFields, Locale locale) {
        invalidInput(e, formFields.stream().collect(Collectors.toMap(Function.identity(), Function.identity())), locale);
    }

    /** As above, for inputs whose ids differ from the field names: {@code inputs} maps field name to client id. */
    public static void invalidInput(InvalidInputException e, Map<String, String> inputs, Locale locale) {
        for (FieldError error : e.errors()) {
            error(inputs.get(error.field()), Messages.text(locale, error.messageKey(), error.arguments().toArray()));
        }
    }

    public static void refused(String clientId, MarketplaceException e, Locale locale) {
        error(clientId, Messages.text(locale, e.messageKey(), e.arguments()));
    }

    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A label of the console bundle in the current view's language. */
    public static String text(String key) {
        return text(FacesContext.getCurrentInstance(), key);
    }

    public static String text(FacesContext context, String key) {
        return context.getApplication().getResourceBundle(context, BUNDLE_VAR).getString(key);
    }
}
