package org.anwei.duban.extension.internal;

import java.util.List;

import org.anwei.duban.extension.ExtensionState;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

	List<ExtensionRequest> findBySubjectTypeAndSubjectIdOrderByRequestedAtAscIdAsc(String subjectType, long subjectId);

	List<ExtensionRequest> findBySubjectTypeAndStateOrderByRequestedAtAscIdAsc(String subjectType,
			ExtensionState state);

	List<ExtensionRequest> findByStateOrderByRequestedAtAscIdAsc(ExtensionState state, Limit limit);

	long countByState(ExtensionState state);

	long countBySubjectTypeAndSubjectIdAndState(String subjectType, long subjectId, ExtensionState state);

}
