package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aLostLinkDeepInTheChainIsAnOutage() {
        SQLException communications = new SQLException("Communications link failure", "08S01");
        assertTrue(DatabaseOutage.isCauseOf(new EJBException(new PersistenceException(communications))));
        assertTrue(DatabaseOutage.isCauseOf(new PersistenceException(new SQLTransientConnectionException("refused"))));
    }

    @Test
    void aPoolThatCannotAllocateAConnectionIsAnOutage() {
        SQLException pool = new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated"));
        assertTrue(DatabaseOutage.isCauseOf(new EJBException(new PersistenceException(pool))));
    }

    @Test
    void aCommitThatTheDatabasesConnectionBrokeIsAnOutage() {
        XAException commit = new XAException("jakarta.resource.spi.LocalTransactionException: Communications link failure");
        commit.errorCode = XAException.XAER_RMERR;
        assertTrue(DatabaseOutage.isCauseOf(new EJBException((Exception) new SystemException().initCause(commit))));
        XAException unavailable = new XAException(XAException.XAER_RMFAIL);
        assertTrue(DatabaseOutage.isCauseOf(new SystemException().initCause(unavailable)));
        assertFalse(DatabaseOutage.isCauseOf(new SystemException().initCause(new XAException(XAException.XA_RBDEADLOCK))));
    }

    @Test
    void otherDatabaseErrorsAndDefectsAreNot() {
        assertFalse(DatabaseOutage.isCauseOf(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23000"))));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("syntax", "42000")));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("no state")));
        assertFalse(DatabaseOutage.isCauseOf(new EJBException(new NullPointerException())));
    }
}
