/**
 * The municipality (tenant) a unit of work acts for. Resolved once per request by the web layer and read by the
 * persistence layer's tenant resolver, which filters every tenant-owned entity: no query names the tenant itself.
 */
package ca.quorum.shared.tenant;
