package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.shared.application.Messages;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportGateTest {

    @Test
    void aSecondImportIsRefusedWhileOneRunsAndAdmittedAfterIt() {
        ImportGate gate = new ImportGate();
        gate.enter(ImportKind.ORDER);
        ConflictException refused = assertThrows(ConflictException.class, () -> gate.enter(ImportKind.PRODUCT));
        assertEquals("error.importRunning", refused.messageKey());
        assertArrayEquals(new Object[]{"ORDER"}, refused.arguments());
        assertThrows(ConflictException.class, () -> gate.enter(ImportKind.ORDER));
        gate.leave();
        assertDoesNotThrow(() -> gate.enter(ImportKind.PRODUCT));
        gate.leave();
    }

    @Test
    void theRefusalSaysWhichImportRunsInBothLanguages() {
        assertTrue(Messages.text(Locale.ENGLISH, "error.importRunning", "ORDER").startsWith("Another import (ORDER) is running"));
        assertTrue(Messages.text(Locale.CHINA, "error.importRunning", "ORDER").startsWith("另一个导入（ORDER）正在进行"));
    }
}
