package dev.steward.api.identity;

import com.nimbusds.jose.jwk.RSAKey;
import dev.steward.api.contract.AuthApi;
import dev.steward.api.contract.model.JwkDto;
import dev.steward.api.contract.model.JwkSetDto;
import dev.steward.api.contract.model.TokenRequestDto;
import dev.steward.api.contract.model.TokenResponseDto;
import dev.steward.api.platform.ClientAddress;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class AuthController implements AuthApi {

    /** When password logins of INTEGRATION accounts became deprecated (2026-12-03T00:00Z), as RFC 9745 writes it. */
    static final String DEPRECATED_SINCE = "@" + java.time.Instant.parse("2026-12-03T00:00:00Z").getEpochSecond();

    private final LoginService logins;
    private final JwtKeys keys;

    AuthController(LoginService logins, JwtKeys keys) {
        this.logins = logins;
        this.keys = keys;
    }

    @Override
    public Mono<ResponseEntity<TokenResponseDto>> createToken(Mono<TokenRequestDto> request, ServerWebExchange exchange) {
        String address = ClientAddress.of(exchange.getRequest());
        return request
                .flatMap(r -> logins.login(r.getUsername(), r.getPassword(), address))
                .map(t -> {
                    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
                    if (t.deprecatedLogin()) {
                        // RFC 9745: INTEGRATION accounts should move to API clients (client credentials).
                        ok.header("Deprecation", DEPRECATED_SINCE);
                    }
                    return ok.body(new TokenResponseDto(t.value(), TokenResponseDto.TokenTypeEnum.BEARER,
                            (int) t.expiresInSeconds()));
                });
    }

    @Override
    public Mono<ResponseEntity<JwkSetDto>> getJwks(ServerWebExchange exchange) {
        RSAKey key = keys.rsaKey().toPublicJWK();
        JwkDto jwk = new JwkDto(key.getKeyType().getValue(), key.getKeyID())
                .use("sig").alg("RS256").n(key.getModulus().toString()).e(key.getPublicExponent().toString());
        return Mono.just(ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new JwkSetDto(List.of(jwk))));
    }
}
