package com.cloudmarket.marketplace.product.infrastructure;

import com.cloudmarket.marketplace.product.domain.NameSearch;
import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.domain.ProductRevision;
import com.cloudmarket.marketplace.product.domain.ProductStatus;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.infrastructure.NewestFirst;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds products: one by id for its owner (another provider's product is not found), and the keyset-paged lists of a
 * provider and of the storefront, filtered in the database on indexed columns (V5__products.sql).
 */
@ApplicationScoped
public class Products {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private NameGramCounts gramCounts;

    /** The provider's product; another provider's is reported as not found, so its existence does not leak. */
    public Product owned(long providerAccountId, long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || product.providerAccountId() != providerAccountId) {
            throw new NotFoundException("error.productNotFound");
        }
        return product;
    }

    /**
     * As {@link #owned}, row-locked until the transaction ends: two changes of one product queue up instead of racing,
     * so the second sees the first's version (a stale If-Match then answers 412, not a lost update).
     */
    public Product ownedForUpdate(long providerAccountId, long productId) {
        Product product = em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
        if (product == null || product.providerAccountId() != providerAccountId) {
            throw new NotFoundException("error.productNotFound");
        }
        return product;
    }

    public Product byId(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new NotFoundException("error.productNotFound");
        }
        return product;
    }

    /** The revision the product points at (draft, pending or rejected), or null. */
    public ProductRevision openRevision(Product product) {
        return product.revisionId() == null ? null : em.find(ProductRevision.class, product.revisionId());
    }

    /** A provider's products, newest first: id, type, status, name, revision status, revision due time, updated. */
    public List<Object[]> providerPage(long providerAccountId, ProductStatus status, ProductType type, String q,
                                       Long beforeId, int fetchSize) {
        StringBuilder jpql = new StringBuilder("SELECT p.id, p.type, p.status, p.name, p.revisionStatus, p.revisionDueAt, "
                + "p.updatedAt FROM Product p WHERE p.providerAccountId = :provider");
        filters(jpql, status, type, q, beforeId);
        jpql.append(status != null ? NewestFirst.orderBy(em, "p.id", "p.providerAccountId", "p.status")
                : type != null ? NewestFirst.orderBy(em, "p.id", "p.providerAccountId", "p.type")
                : NewestFirst.orderBy(em, "p.id", "p.providerAccountId"));
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("provider", providerAccountId);
        bind(query, status, type, q, beforeId);
        return query.setMaxResults(fetchSize).getResultList();
    }

    /** How many of the provider's matching products lie before {@code beforeId} (null: all), counted up to {@code cap}. */
    public int count(long providerAccountId, ProductStatus status, ProductType type, String q, Long beforeId, int cap) {
        StringBuilder jpql = new StringBuilder("SELECT p.id FROM Product p WHERE p.providerAccountId = :provider");
        filters(jpql, status, type, q, beforeId);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class).setParameter("provider", providerAccountId);
        bind(query, status, type, q, beforeId);
        return query.setMaxResults(cap).getResultList().size();
    }

    /**
     * The storefront's page of on-sale products, newest first, as columns: id, type, name, summary, category,
     * from_price, provider_account_id and the provider's live company name. A query is found through the grams of its
     * words ({@link NameSearch#lookupGrams}), the rarest ones, and confirmed on the whole name; one of single
     * characters only falls back to reading names in id order, which stops at the page when the character is common.
     */
    public List<Object[]> storefrontPage(ProductType type, String q, Long beforeId, int fetchSize) {
        String text = q == null ? null : NameSearch.text(q);
        List<String> grams = text == null ? List.of() : selectiveGrams(NameSearch.lookupGrams(text));
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT p.id, p.type, p.name, p.summary, p.category, p.from_price, "
                + "p.provider_account_id, v.company_name FROM ");
        String id = "p.id";
        if (!grams.isEmpty()) {
            sql.append("product_name_gram g0 ");
            for (int i = 1; i < grams.size(); i++) {
                sql.append("JOIN product_name_gram g").append(i).append(" ON g").append(i)
                        .append(".product_id = g0.product_id AND g").append(i).append(".gram = ? ");
                parameters.add(grams.get(i));
            }
            sql.append("JOIN product p ON p.id = g0.product_id ");
            id = "g0.product_id";
        } else {
            sql.append("product p ");
        }
        sql.append("LEFT JOIN provider v ON v.account_id = p.provider_account_id AND v.profile_live_since IS NOT NULL "
                + "WHERE p.status = ?");
        parameters.add(ProductStatus.ON_SALE.name());
        if (!grams.isEmpty()) {
            sql.append(" AND g0.gram = ?");
            parameters.add(grams.get(0));
        }
        if (type != null) {
            sql.append(" AND p.type = ?");
            parameters.add(type.name());
        }
        if (text != null) {
            sql.append(" AND p.name_search LIKE ? ESCAPE '!'");
            parameters.add("%" + likeEscaped(text) + "%");
        }
        if (beforeId != null) {
            sql.append(" AND ").append(id).append(" < ?");
            parameters.add(beforeId);
        }
        // the grams' index is ordered by product id within a gram, the products' by id within status (and type)
        sql.append(!grams.isEmpty() ? NewestFirst.orderBy(em, id, "g0.gram")
                : type != null ? NewestFirst.orderBy(em, id, "p.status", "p.type")
                : NewestFirst.orderBy(em, id, "p.status"));
        sql.append(" LIMIT ").append(fetchSize);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /**
     * The grams worth joining, rarest first ({@link NameGramCounts}). The first one drives the search in its index
     * order: a common gram first (every name holds "商品") would read its postings until the page is full of names
     * that also hold the rare ones; MariaDB's optimizer estimates that itself, H2's does not, and the embedded default
     * runs on H2. A gram at the cap is dropped when a rarer one drives: joining it would cost a lookup per candidate
     * and remove almost none, and the LIKE checks the text.
     */
    private List<String> selectiveGrams(List<String> grams) {
        if (grams.size() < 2) {
            return grams;
        }
        Map<String, Long> postings = gramCounts.of(grams);
        List<String> ordered = new ArrayList<>(grams);
        ordered.sort(Comparator.comparingLong(postings::get));
        List<String> selective = ordered.stream().filter(gram -> postings.get(gram) < NameGramCounts.CAP).toList();
        return selective.isEmpty() ? ordered : selective;
    }

    private static void filters(StringBuilder jpql, ProductStatus status, ProductType type, String q, Long beforeId) {
        if (status != null) {
            jpql.append(" AND p.status = :status");
        }
        if (type != null) {
            jpql.append(" AND p.type = :type");
        }
        if (q != null) {
            // a provider's own products: few enough to read their names; the storefront reads the name grams instead
            jpql.append(" AND p.nameSearch LIKE :q ESCAPE '!'");
        }
        if (beforeId != null) {
            jpql.append(" AND p.id < :before");
        }
    }

    private static void bind(TypedQuery<?> query, ProductStatus status, ProductType type, String q, Long beforeId) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        if (q != null) {
            query.setParameter("q", "%" + likeEscaped(NameSearch.text(q)) + "%");
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
    }

    /** '!' escapes, not '\', which MySQL would read as an escape inside the SQL string literal itself. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
