package com.cloudmarket.marketplace.product.domain;

/** The three service types of the marketplace; each has its own terms and its own review period. */
public enum ProductType {
    /** 运维服务: human work such as server operations, data migration or installing licensed software. */
    OPS_SERVICE,
    /** 软件服务. */
    SOFTWARE_SERVICE,
    /** 镜像服务. */
    IMAGE
}
