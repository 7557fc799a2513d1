#pragma once

#include "MemberSecrets.h"
#include "names/NameReadings.h"
#include "storage/BoundValues.h"

#include <memory>

namespace redgrid::security {
class Session;
}
namespace redgrid::storage {
class Connection;
}

namespace redgrid::roster {

struct Member;

// The member table's columns that EncodedMember::values fills, in order (the id, and the
// created time of an insert, are the store's).
#define REDGRID_MEMBER_ENCODED_COLUMNS                                                                       \
    "org_id, name, sex, ethnicity, id_hash, secrets_sealed, id_last4, birth_date, education, degree, "       \
    "category, "                                                                                             \
    "joined_on, converted_on, probation_extension, job_post, mobile_sealed, mobile_hash, mobile_last4, "     \
    "landline_sealed, landline_hash, landline_last4, address_sealed, "                                       \
    "residence_node_id, native_place, work_unit, work_post, standing, status, lost_contact_on, "             \
    "lost_contact_reason, is_mobile, mobile_destination, dual_node_id, dual_registered_on, skills, "         \
    "hardship, exempt, remarks, sort_pinyin, sort_stroke, spell, initials, spell_alt, initials_alt, "        \
    "modified_at"

// A member as the store writes it: the values of REDGRID_MEMBER_ENCODED_COLUMNS, with the
// ID number, phones and address sealed (bound to the member's id; the older form's columns
// for them each are NULL) and the keys the name is sorted and searched by.
struct EncodedMember
{
    RecordId memberId;  // the id the values were sealed for
    storage::BoundValues values;
};

// Encodes members for the store. The store encodes each member it writes; a first import
// encodes new members on its reading thread while that thread is ahead (MemberRowPipeline):
// sealing, name keys and UTF-8 are most of the cost of writing a member. One thread uses an encoder at a
// time; it reads the database only when made (the user's name readings).
class MemberEncoder
{
public:
    explicit MemberEncoder(storage::Connection& db);
    ~MemberEncoder();

    EncodedMember encode(const Member& member);
    names::NameReadings& readings() { return *m_readings; }

private:
    // No cache of name keys: computing them costs less than finding them among the
    // hundred thousand distinct names of a large roster (measured: 0.5 s less on 1,000,000 rows).
    std::shared_ptr<const security::Session> m_session;  // holds the database keys
    std::unique_ptr<names::NameReadings> m_readings;
};

}  // namespace redgrid::roster
