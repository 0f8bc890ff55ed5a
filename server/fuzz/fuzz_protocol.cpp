// libFuzzer target: every protocol parser must refuse or accept any byte string without
// crashing, and what a parser accepts must survive serialize → parse unchanged.
// Built only with clang (server/fuzz/CMakeLists.txt); run for 30 s as CTest fuzz_protocol.

#include "services/syncedtables.h"
#include "sync/protocol.h"

#include <cstdint>
#include <cstdlib>

using namespace sw::sync;

namespace {

void declareTables()
{
    // A fixed subset of the real registry: this target compiles only the protocol sources.
    using sw::services::SyncedTables;
    sw::services::declareFoundationTables();
    SyncedTables::declare({QStringLiteral("tickets"),
                           {QStringLiteral("status"), QStringLiteral("owner_id"), QStringLiteral("subject")},
                           {},
                           {QStringLiteral("status")}});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool declared = (declareTables(), true);
    (void)declared;
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto ops = protocol::parsePushRequest(body); ops.ok()) {
        auto again = protocol::parsePushRequest(protocol::pushRequest(ops.value()));
        if (!again.ok() || again.value().size() != ops.value().size())
            std::abort();
    }
    if (auto v = protocol::parsePushResponse(body); v.ok()) {
        if (!protocol::parsePushResponse(protocol::pushResponse(v.value())).ok())
            std::abort();
    }
    if (auto p = protocol::parsePullResponse(body); p.ok()) {
        if (!protocol::parsePullResponse(protocol::pullResponse(p.value())).ok())
            std::abort();
    }
    if (auto l = protocol::parseLoginRequest(body); l.ok()) {
        if (!protocol::parseLoginRequest(protocol::loginRequest(l.value())).ok())
            std::abort();
    }
    (void)protocol::parseLoginResponse(body);
    (void)protocol::parseErrorBody(body);
    return 0;
}
