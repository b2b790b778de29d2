package dev.steward.api.identity;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.ProblemWriter;
import dev.steward.api.platform.Role;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless bearer-token security. Routes: login, JWKS and public survey links are open; every
 * other API call needs a valid token; INTEGRATION may only read. Finer rules (roles per action,
 * project scope) live in the services, through {@link dev.steward.api.platform.ProjectScope}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(JwtKeys keys, @Value("${steward.jwt.issuer}") String issuer,
            @Value("${steward.jwt.clock-skew}") Duration clockSkew) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(keys.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        // Spring's default allows 60 s after expiry; Steward signs and checks its own tokens, so none by default.
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtTimestampValidator(clockSkew), new JwtIssuerValidator(issuer)));
        // The validator reads the system clock; the kept tokens are judged by the same one.
        return new VerifiedTokens(decoder, Clock.systemUTC(), clockSkew);
    }

    /**
     * No Micrometer observation per security filter, authentication and authorization: a dozen observations started
     * and stopped on every request were a visible part of a read's CPU in the profile (docs/performance.md), and the
     * request's own {@code http.server.requests} metric still times it end to end.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Requests Spring Security's firewall refuses (encoded slashes, "..;", bad header values) get a problem body too. */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler(ProblemWriter problems) {
        return (exchange, ex) -> problems.write(exchange, ApiException.requestRejected());
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            ProblemWriter problems, ClientAccess clientAccess, JsonMapper json) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);

        ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
            boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenSent
                    ? "Bearer realm=\"steward\", error=\"invalid_token\", error_description=\"The token is invalid or expired\""
                    : "Bearer realm=\"steward\"");
            return problems.write(exchange, tokenSent
                    ? ApiException.unauthorized("INVALID_TOKEN", "The bearer token is invalid, tampered with or expired. Log in again.")
                    : ApiException.unauthorized("UNAUTHENTICATED", "Log in first: send Authorization: Bearer <token>."));
        };
        ServerAccessDeniedHandler denied = (exchange, ex) -> problems.write(exchange,
                exchange.getRequest().getPath().value().startsWith("/api/")
                        ? ApiException.forbidden("READ_ONLY", "This account may only read.")
                        : ApiException.roleRequired("read the metrics"));

        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(ServerHttpSecurity.CorsSpec::disable) // platform.CorsFilter answers CORS, with problem bodies
                .authorizeExchange(ex -> ex
                        .pathMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        // Metrics are for monitoring: an ADMIN, or an INTEGRATION account for the scraper.
                        .pathMatchers("/actuator/prometheus").hasAnyRole(Role.ADMIN.name(), Role.INTEGRATION.name())
                        .pathMatchers("/api/v1/public/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .pathMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        .pathMatchers("/api/**").access(writer())
                        .anyExchange().permitAll())
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenConverter(new BearerTokens())
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                // API clients: revocation, secret validity and the operation's scope, on every request (issue 15)
                .addFilterAfter(new ClientScopeFilter(clientAccess, problems, json, Clock.systemUTC()), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    /**
     * Any authenticated staff role may write (rules per action apply later), except INTEGRATION — unless the token is
     * an API client's, whose scopes {@link ClientScopeFilter} checks next. Password logins of INTEGRATION accounts
     * stay read-only.
     */
    private static ReactiveAuthorizationManager<AuthorizationContext> writer() {
        String readOnly = "ROLE_" + Role.INTEGRATION.name();
        return (authentication, context) -> authentication
                .map(a -> new AuthorizationDecision(a.isAuthenticated()
                        && (a.getAuthorities().stream().noneMatch(g -> readOnly.equals(g.getAuthority()))
                                || a instanceof JwtAuthenticationToken j && ClientScopeFilter.isClientToken(j.getToken()))))
                .defaultIfEmpty(new AuthorizationDecision(false))
                .cast(org.springframework.security.authorization.AuthorizationResult.class);
    }
}
