package org.anwei.duban.hazard.internal;

import java.util.List;

import org.anwei.duban.hazard.PhotoSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HazardPhotoRepository extends JpaRepository<HazardPhoto, Long> {

	@Query("""
			select new org.anwei.duban.hazard.PhotoSummary(p.id, p.phase, p.filename, p.contentType, p.sizeBytes,
			  p.uploadedBy, p.uploadedAt)
			from HazardPhoto p where p.hazardId = :hazardId order by p.uploadedAt, p.id
			""")
	List<PhotoSummary> summaries(@Param("hazardId") long hazardId);

}
