package com.cloudmarket.marketplace.product.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameSearchTest {

    @Test
    void aNameIsIndexedByTheDistinctRunsOfTwoAndThreeCharactersOfItsWordsLowerCased() {
        assertEquals("云帆 crm", NameSearch.text("云帆 CRM"));
        assertEquals(List.of("云帆", "cr", "rm", "crm"), List.copyOf(NameSearch.grams("云帆 crm")));
        assertEquals(Set.of("ab", "ba", "aba", "bab"), NameSearch.grams("ababa"), "each gram once");
        assertEquals(List.of("se", "er", "rv", "ve", "ca", "ar", "re", "ser", "erv", "rve", "ver", "car", "are"),
                List.copyOf(NameSearch.grams("server  care")), "no gram holds a space");
        assertTrue(NameSearch.grams("云 a").isEmpty());
        assertTrue(NameSearch.grams("").isEmpty());
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOne() {
        // U+20BB7 (𠮷) is two Java chars; a gram counts characters, whatever their encoding
        assertEquals(List.of("𠮷野", "野家", "𠮷野家"), List.copyOf(NameSearch.grams("𠮷野家")));
    }

    @Test
    void aQueryLooksUpAtMostFourGramsTheTriplesOfItsWordsAndThePairsOfTwoCharacterWords() {
        assertEquals(List.of(), NameSearch.lookupGrams("云"));
        assertEquals(List.of(), NameSearch.lookupGrams("云 a"));
        assertEquals(List.of("云帆"), NameSearch.lookupGrams("云帆"));
        assertEquals(List.of("云帆"), NameSearch.lookupGrams("云帆 c"));
        assertEquals(List.of("商品", "b1", "424", "242"), NameSearch.lookupGrams("商品 b1 4242"));
        assertEquals(List.of("abc", "cde", "fgh", "ijk"), NameSearch.lookupGrams("abcdefghijk"));
    }
}
