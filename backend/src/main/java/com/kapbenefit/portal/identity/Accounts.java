package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.shared.KeyedHash;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The identity context's public face for other contexts: open accounts, look them up. */
@Singleton
public class Accounts {

    private final UserAccountRepository repository;
    private final PasswordHasher passwordHasher;
    private final KeyedHash keyedHash;
    private final Clock clock;

    Accounts(UserAccountRepository repository, PasswordHasher passwordHasher, KeyedHash keyedHash, Clock clock) {
        this.repository = repository;
        this.passwordHasher = passwordHasher;
        this.keyedHash = keyedHash;
        this.clock = clock;
    }

    public HashedPassword hashPassword(String password) {
        return new HashedPassword(passwordHasher.hash(password));
    }

    public String open(NewAccount request) {
        if (request.role().belongsToEmployer() != (request.employerId() != null)) {
            throw new IllegalArgumentException(request.role() + " accounts "
                    + (request.role().belongsToEmployer() ? "need" : "cannot have") + " an employer");
        }
        String signInKey = keyedHash.ofIdentifier(request.email());
        if (repository.existsBySignInKey(signInKey)) {
            throw new ProblemException(ProblemType.CONFLICT, "An account with this e-mail already exists.");
        }
        UserAccount account = new UserAccount(UUID.randomUUID().toString(), signInKey,
                request.password().encoded(), request.role(), request.displayName(),
                request.employerId(), AccountStatus.ACTIVE, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        repository.save(account);
        return account.id();
    }

    public boolean exists(String email) {
        return repository.existsBySignInKey(keyedHash.ofIdentifier(email));
    }

    public Optional<String> idOf(String email) {
        return repository.findBySignInKey(keyedHash.ofIdentifier(email)).map(UserAccount::id);
    }

    public long countActive(String employerId, Role role) {
        return repository.countByEmployerIdAndRoleAndStatus(employerId, role, AccountStatus.ACTIVE);
    }

    public Optional<AccountSummary> find(String accountId) {
        return repository.findById(accountId).map(AccountSummary::of);
    }

    public List<AccountSummary> ofEmployer(String employerId, Role role) {
        return repository.findByEmployerIdAndRoleOrderByDisplayName(employerId, role).stream().map(AccountSummary::of).toList();
    }

    public Optional<String> displayName(String accountId) {
        return repository.findById(accountId).map(UserAccount::displayName);
    }

    /** Pseudonyms of many accounts at once. */
    public Map<String, String> displayNames(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return repository.findByIdIn(accountIds).stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
    }

    public void disable(String accountId) {
        repository.findById(accountId).ifPresent(account -> repository.update(new UserAccount(account.id(),
                account.signInKey(), account.passwordHash(), account.role(), account.displayName(),
                account.employerId(), AccountStatus.DISABLED, account.createdAt())));
    }
}
