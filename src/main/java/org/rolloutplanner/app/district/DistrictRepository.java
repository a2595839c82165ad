package org.rolloutplanner.app.district;

import java.util.List;
import java.util.Optional;
import org.rolloutplanner.domain.district.District;

/** Stores districts. Names are unique within a workspace. */
public interface DistrictRepository {

    List<District> all();

    Optional<District> byKey(long key);

    Optional<District> byName(String name);

    District insert(District district);

    void update(District district);

    void delete(long key);
}
