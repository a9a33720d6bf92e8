/**
 * What every REST resource shares (the resources themselves live in {@code interfaces.<use case>.rest}): the JAX-RS
 * application, RFC 9457 problem+json errors and their mappers, JSON body and query parameter parsing, the route table
 * that RoleDeclarationsTest and the OpenAPI filter read, clip responses; and the two operational endpoints that
 * belong to no use case, {@code /health} and {@code /api/metrics}.
 */
package dev.threshold.interfaces.rest;
