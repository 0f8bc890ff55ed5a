#pragma once

// PUT/GET /v1/blobs/<sha256>: attachment contents, addressed by their SHA-256
// (docs/sync-protocol.md "Blobs"). An attachment row travels through push/pull like any
// synced row; its content (up to the attachment limit, far above a push body) travels
// here, once per distinct file.

#include "authservice.h"

namespace sw::server {

struct BlobOutcome
{
    int status = 500;
    QString code;     // error code when not 2xx
    QString message;  // English, for the error body
    QByteArray content; // GET 200
};

class BlobHandler
{
public:
    // 201 stored, 200 already there; 400 content does not match the hash; 403 role.
    static BlobOutcome put(PgStore* store, const UserContext& user, const QString& sha256, const QByteArray& content);
    // 200 with the content when an attachment row with this hash is in the user's scope;
    // 404 otherwise (no difference between "missing" and "not yours").
    static BlobOutcome get(PgStore* store, const UserContext& user, const QString& sha256);
    static bool isSha256(const QString& text);
};

} // namespace sw::server
