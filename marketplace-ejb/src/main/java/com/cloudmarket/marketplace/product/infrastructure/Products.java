package com.cloudmarket.marketplace.product.infrastructure;

import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.domain.ProductRevision;
import com.cloudmarket.marketplace.product.domain.ProductStatus;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.infrastructure.NewestFirst;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;

/**
 * Finds products: one by id for its owner (another provider's product is not found), and the keyset-paged lists of a
 * provider and of the storefront, filtered in the database on indexed columns (V5__products.sql).
 */
@ApplicationScoped
public class Products {

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

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

    public long count(long providerAccountId, ProductStatus status, ProductType type, String q) {
        StringBuilder jpql = new StringBuilder("SELECT COUNT(p) FROM Product p WHERE p.providerAccountId = :provider");
        filters(jpql, status, type, q, null);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class).setParameter("provider", providerAccountId);
        bind(query, status, type, q, null);
        return query.getSingleResult();
    }

    /** On-sale products, newest first, the storefront's page. */
    public List<Product> onSalePage(ProductType type, String q, Long beforeId, int fetchSize) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM Product p WHERE 1 = 1");
        filters(jpql, ProductStatus.ON_SALE, type, q, beforeId);
        jpql.append(type != null ? NewestFirst.orderBy(em, "p.id", "p.status", "p.type")
                : NewestFirst.orderBy(em, "p.id", "p.status"));
        TypedQuery<Product> query = em.createQuery(jpql.toString(), Product.class);
        bind(query, ProductStatus.ON_SALE, type, q, beforeId);
        return query.setMaxResults(fetchSize).getResultList();
    }

    private static void filters(StringBuilder jpql, ProductStatus status, ProductType type, String q, Long beforeId) {
        if (status != null) {
            jpql.append(" AND p.status = :status");
        }
        if (type != null) {
            jpql.append(" AND p.type = :type");
        }
        if (q != null) {
            // a substring match on the lower-cased name column; fine at today's sizes, the search benchmark issue
            // revisits it (a prefix index does not help a leading wildcard)
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
            query.setParameter("q", "%" + likeEscaped(q.toLowerCase(Locale.ROOT)) + "%");
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
