# Simplified Chinese for attachment contents travelling through sync (issue 4:
# PUT/GET /v1/blobs). Terms: attachment 附件, server 服务器, sync 同步.

GLOSSARY = {
    "Sync needs the encrypted database driver.": "同步需要加密数据库驱动。",
    "The attachment is missing.": "附件不存在。",
    "The file “%1” has not arrived from the server yet; it is fetched with the next sync.":
        "文件“%1”尚未从服务器下载，将在下次同步时获取。",
    "An attachment is larger than the server accepts; ask the administrator to raise the server's blob_limit.":
        "有附件超过了服务器允许的大小，请联系管理员调高服务器的 blob_limit。",
}
