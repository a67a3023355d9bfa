package ca.quorum.admin.domain;

import java.util.List;
import java.util.Optional;

/** Every municipality of the installation (the only aggregate that belongs to no tenant). */
public interface MunicipalityRepository {

    Optional<Municipality> find(String slug);

    List<Municipality> all();

    void add(Municipality municipality);
}
