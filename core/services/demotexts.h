#pragma once

// Vocabulary and sentence templates of the demo tickets (TicketSeeder): Chinese customer
// names, shop names, products and the subjects, bodies, messages, replies and notes of
// customer-service tickets about logistics, refunds, quality, invoices, accounts,
// promotions and suggestions.
//
// Everything is UTF-8 text made only of ASCII, Han characters U+4E00–U+9FA5 and a few
// CJK punctuation marks, which is what lets the seeder tokenise it for the search index
// without the general (slow) Unicode path; TicketSeeder checks that claim at run time.
//
// Templates hold slots that the seeder fills: {P} product, {C} courier, {D} a small
// number of days, {N} an amount of money, {O} the order number, {T} a tracking number,
// {M} the merchant, {A} a promotion, {Q} a quantity. Demo texts are not translated: they
// are sample customer data, not user-interface strings.

#include <span>

namespace sw::services::demo {

enum class Topic { Logistics, Refund, Quality, Invoice, Account, Promotion, Suggestion, Count };

struct TopicTexts
{
    std::span<const char* const> subjects;
    std::span<const char* const> bodies;    // the customer's first description
    std::span<const char* const> followUps; // later customer messages
    std::span<const char* const> replies;   // public replies of the agent
    std::span<const char* const> questions; // replies that ask the customer for something
    std::span<const char* const> solutions; // the reply that resolves the ticket
};

const TopicTexts& topicTexts(Topic topic);

std::span<const char* const> surnames();
std::span<const char* const> givenNames();
std::span<const char* const> shopBrands();
std::span<const char* const> shopCategories();
std::span<const char* const> shopSuffixes();
std::span<const char* const> products();
std::span<const char* const> couriers();
std::span<const char* const> promotions();
std::span<const char* const> openings();       // first words of a body
std::span<const char* const> closings();       // last words of a body
std::span<const char* const> notes();          // internal notes (all topics)
std::span<const char* const> csatComments();   // satisfaction comments
std::span<const char* const> specialReasons(); // why a ticket is a special case

// Fifty 2–4 character Chinese terms that occur in the seeded texts (frequent and rare
// ones), for the search benchmark: fixed, so runs compare.
std::span<const char* const> searchTerms();

} // namespace sw::services::demo
