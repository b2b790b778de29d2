package dev.steward.api.quality;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A project's quality targets (品质目标): read and replaced by MANAGER and ADMIN; the seeds' defaults until set. */
@Service
class QualityTargetsService {

    private final QualityRepository repo;
    private final QualityService quality;

    QualityTargetsService(QualityRepository repo, QualityService quality) {
        this.repo = repo;
        this.quality = quality;
    }

    Mono<QualityRepository.Targets> get(Caller caller, UUID projectId) {
        caller.requireProject(projectId, "project");
        caller.requireRole("read the quality targets", Role.ADMIN, Role.MANAGER);
        return repo.targets(new UUID[] {projectId}).next();
    }

    Mono<QualityRepository.Targets> replace(Caller caller, UUID projectId, Double resolution, Double rectification, Double response) {
        caller.requireProject(projectId, "project");
        caller.requireRole("set the quality targets", Role.ADMIN, Role.MANAGER);
        BigDecimal r = fraction(resolution, "resolutionOnTimeRate");
        BigDecimal x = fraction(rectification, "rectificationRate");
        if (response == null || response < 1 || response > 1440) {
            throw ApiException.invalidField("meanResponseMinutes", "must be between 1 and 1440");
        }
        BigDecimal m = BigDecimal.valueOf(response).setScale(1, RoundingMode.HALF_UP);
        return repo.saveTargets(projectId, r, x, m, caller.userId(), quality.now()).next();
    }

    private static BigDecimal fraction(Double value, String field) {
        if (value == null || value < 0 || value > 1) {
            throw ApiException.invalidField(field, "must be between 0 and 1");
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
