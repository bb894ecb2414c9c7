package org.anwei.duban.accountability.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AccountabilityRepository
		extends JpaRepository<AccountabilityRecord, Long>, JpaSpecificationExecutor<AccountabilityRecord> {

}
