package org.anwei.duban.jurisdiction.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MapUploadRepository extends JpaRepository<MapUpload, Long> {

	Optional<MapUpload> findFirstByOrderByIdDesc();

}
