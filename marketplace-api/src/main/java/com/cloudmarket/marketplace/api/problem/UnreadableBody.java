package com.cloudmarket.marketplace.api.problem;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Makes every way a JSON body can be unreadable the 400 "malformed JSON" problem, whichever reader parses it. Parsson
 * reports a body nested deeper than 1000 levels as a bare RuntimeException, and invalid UTF-8 as a JsonException:
 * both were 500s.
 */
@Provider
public class UnreadableBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException | JsonParsingException e) {
            throw e;
        } catch (JsonException e) {
            throw malformed(e);
        } catch (RuntimeException e) {
            if (e.getClass() == RuntimeException.class && String.valueOf(e.getMessage()).contains("nested")) {
                throw malformed(e);
            }
            throw e;
        }
    }

    private static BadRequestException malformed(RuntimeException e) {
        return new BadRequestException(new JsonParsingException(e.getMessage(), e, null));
    }
}
