package com.cloudmarket.marketplace.product.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameSearchTest {

    @Test
    void aNameIsIndexedByTheDistinctRunsOfTwoToFourCharactersOfItsWordsLowerCased() {
        assertEquals("云帆 crm", NameSearch.text("云帆 CRM"));
        assertEquals(List.of("云帆", "cr", "rm", "crm"), List.copyOf(NameSearch.grams("云帆 crm")));
        assertEquals(Set.of("ab", "ba", "aba", "bab", "abab", "baba"), NameSearch.grams("ababa"), "each gram once");
        assertEquals(List.of("se", "er", "rv", "ve", "ca", "ar", "re", "ser", "erv", "rve", "ver", "car", "are",
                        "serv", "erve", "rver", "care"),
                List.copyOf(NameSearch.grams("server  care")), "no gram holds a space");
        assertEquals(List.of("se", "er", "rv", "ve", "ser", "erv", "rve"), List.copyOf(NameSearch.grams("serve", 3)),
                "a schema version that indexed up to three characters");
        assertTrue(NameSearch.grams("云 a").isEmpty());
        assertTrue(NameSearch.grams("").isEmpty());
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOne() {
        // U+20BB7 (𠮷) is two Java chars; a gram counts characters, whatever their encoding
        assertEquals(List.of("𠮷野", "野家", "𠮷野家"), List.copyOf(NameSearch.grams("𠮷野家")));
        assertEquals(List.of("𠮷𠮷", "𠮷𠮷𠮷", "𠮷𠮷𠮷𠮷"), List.copyOf(NameSearch.grams("𠮷𠮷𠮷𠮷")));
    }

    @Test
    void aQueryLooksUpAtMostFourGramsTheLongestOfEachWord() {
        assertEquals(List.of(), NameSearch.lookupGrams("云"));
        assertEquals(List.of(), NameSearch.lookupGrams("云 a"));
        assertEquals(List.of("云帆"), NameSearch.lookupGrams("云帆"));
        assertEquals(List.of("云帆"), NameSearch.lookupGrams("云帆 c"));
        assertEquals(List.of("crm"), NameSearch.lookupGrams("crm"));
        assertEquals(List.of("商品", "b1", "4242"), NameSearch.lookupGrams("商品 b1 4242"));
        assertEquals(List.of("云服务器", "服务器运", "务器运维"), NameSearch.lookupGrams("云服务器运维"));
        assertEquals(List.of("abcd", "cdef", "efgh", "hijk"), NameSearch.lookupGrams("abcdefghijk"));
    }
}
