package com.cloudmarket.marketplace.product.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameSearchTest {

    @Test
    void aNameIsIndexedByItsDistinctPairsOfCharactersLowerCased() {
        assertEquals("云帆 crm", NameSearch.text("云帆 CRM"));
        assertEquals(List.of("云帆", "帆 ", " c", "cr", "rm"), List.copyOf(NameSearch.pairs("云帆 crm")));
        assertEquals(Set.of("ab", "ba"), NameSearch.pairs("ababa"), "each pair once");
        assertTrue(NameSearch.pairs("云").isEmpty());
        assertTrue(NameSearch.pairs("").isEmpty());
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOne() {
        // U+20BB7 (𠮷) is two Java chars; a pair is two characters, whatever their encoding
        assertEquals(List.of("𠮷野", "野家"), List.copyOf(NameSearch.pairs("𠮷野家")));
    }

    @Test
    void aQueryLooksUpAtMostFourPairsPreferringThoseWithoutASpaceSpreadAlongIt() {
        assertEquals(List.of(), NameSearch.lookupPairs("云"));
        assertEquals(List.of("云帆", "帆 ", " c"), NameSearch.lookupPairs("云帆 c"));
        assertEquals(List.of("商品", "b1", "42", "24"), NameSearch.lookupPairs("商品 b1 4242"));
        assertEquals(List.of("ab", "de", "gh", "jk"), NameSearch.lookupPairs("abcdefghijk"));
        assertEquals(List.of("ab", "bc", "cd", "b "), NameSearch.lookupPairs("ab abcd"));
    }
}
