#pragma once

#include <libssh/libssh.h>

#include <memory>

// RAII owners for every libssh handle GB Admin holds. Only used on a session's worker thread.
namespace SshHandles {

struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const { ssh_channel_free(c); }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct EventDeleter
{
    void operator()(ssh_event e) const { ssh_event_free(e); }
};
struct HashDeleter
{
    void operator()(unsigned char* h) const { ssh_clean_pubkey_hash(&h); }
};
struct CStringDeleter
{
    void operator()(char* s) const { ssh_string_free_char(s); }
};

using Session = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using Channel = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using Key = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using Event = std::unique_ptr<ssh_event_struct, EventDeleter>;
using Hash = std::unique_ptr<unsigned char, HashDeleter>;
using CString = std::unique_ptr<char, CStringDeleter>;

} // namespace SshHandles
