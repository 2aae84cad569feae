package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A provider joining the network; licences start unverified unless a platform admin verified them. */
public record ProviderRegistration(String accountId, String displayName, ProviderKind kind, String credentials,
                                   String timeZone, List<String> languages, Set<Modality> modalities, int capacity,
                                   List<Licence> licences) {

    public record Licence(CareState state, String licenceType, String number, LocalDate issuedOn,
                          LocalDate expiresOn, String verifiedByAccountId) {
    }
}
