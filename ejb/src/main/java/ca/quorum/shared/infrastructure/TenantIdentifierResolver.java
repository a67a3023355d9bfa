package ca.quorum.shared.infrastructure;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import ca.quorum.shared.tenant.TenantContext;

/**
 * The one place where tenancy is enforced for the database: Hibernate adds the current municipality to every
 * query of an entity with a {@code @TenantId} attribute and sets it on every insert. Registered in
 * {@code persistence.xml}.
 */
public final class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().orElse(TenantContext.NONE);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
