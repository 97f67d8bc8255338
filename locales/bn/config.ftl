## Configuration errors (kiosk-config). An installer or operator reads them,
## in Italian and English, on the console and on the out-of-service page.
## Keys, values and file names appear as written in the file.

config-error-at = { $file }, লাইন { $line }, কলাম { $column }:
config-error-in-file = { $file }:
config-did-you-mean = আপনি কি “{ $suggestion }” লিখতে চেয়েছিলেন?
config-ok =
    { $file }: কনফিগারেশন সঠিক (কিয়স্ক { $kiosk }, { $languages ->
       *[other] { $languages }টি ভাষা
    }, { $services ->
       *[other] { $services }টি সেবা
    })।

config-unreadable = ফাইলটি পড়া যাচ্ছে না ({ $reason })।
config-unreadable-fix = ফাইলের পাথ পরীক্ষা করুন এবং কিয়স্কের ব্যবহারকারী যেন এটি পড়তে পারে তা নিশ্চিত করুন।

config-syntax = ফাইলটি বৈধ TOML নয়: { $detail }
config-syntax-fix = প্রতিটি সেটিং “কী = মান” আকারে লিখুন, লেখাগুলো ডাবল কোটেশন চিহ্নের ভেতরে রাখুন।

config-unknown-key = { $table } অংশে “{ $key }” নামে কোনো কী নেই।
config-unknown-key-fix = লাইনটি মুছে ফেলুন বা নামটি ঠিক করুন। { $table } অংশে আপনি লিখতে পারেন: { $allowed }।

config-missing-key = আবশ্যক সেটিং “{ $key }” নেই।
config-missing-key-fix = { $table } অংশে “{ $name } = …” যোগ করুন (kiosk-config/demo.toml দেখুন)।

config-wrong-type = “{ $key }”-এর মানের ধরন ভুল ({ $found })।
config-wrong-type-fix =
    { $expected ->
        [integer] একটি পূর্ণসংখ্যা লিখুন, কোটেশন চিহ্ন ছাড়া (যেমন 120)।
        [boolean] true অথবা false লিখুন, কোটেশন চিহ্ন ছাড়া।
        [list] বর্গ বন্ধনীর ভেতরে একটি তালিকা লিখুন, যেমন [ "it", "en" ]।
        [table] একটি অংশ তার কীগুলোসহ লিখুন।
        [text] ডাবল কোটেশন চিহ্নের ভেতরে একটি লেখা লিখুন।
       *[other] kiosk-config/demo.toml-এর উদাহরণের সাথে মানটি মিলিয়ে দেখুন।
    }

config-out-of-range = “{ $key }”-এর মান { $value } সীমার বাইরে।
config-out-of-range-fix = { $min } থেকে { $max } পর্যন্ত একটি সংখ্যা লিখুন।

config-empty-text = “{ $key }” খালি অথবা এতে নিয়ন্ত্রণ অক্ষর আছে।
config-empty-text-fix = এক লাইনে, ডাবল কোটেশন চিহ্নের ভেতরে একটি লেখা লিখুন।

config-empty-list = “{ $key }” তালিকাটি খালি।
config-empty-list-fix = তালিকায় অন্তত একটি উপাদান লিখুন।

config-duplicate = “{ $value }” তালিকা “{ $key }”-এ দুইবার আছে।
config-duplicate-fix = প্রতিটি উপাদান মাত্র একবার রাখুন।

config-bad-kiosk-id = কিয়স্কের কোডটি সঠিক নয়।
config-bad-kiosk-id-fix = 2 থেকে 16টি বড় হাতের ইংরেজি অক্ষর, অঙ্ক ও হাইফেন লিখুন, শুরুতে একটি অক্ষর থাকবে (যেমন "AR-K01")।

config-bad-phone = কাউন্টারের ফোন নম্বরটি সঠিক নয়।
config-bad-phone-fix = নম্বরটি অঙ্কে লিখুন, দরকার হলে + ও স্পেস দিয়ে (যেমন "0575 1820242")।

config-unknown-language = “{ $value }” ভাষাটি অনুবাদগুলোর মধ্যে নেই।
config-unknown-language-fix = এগুলোর একটি ব্যবহার করুন: { $allowed }।

config-italian-required = চালু ভাষাগুলোর মধ্যে ইতালীয় নেই।
config-italian-required-fix = তালিকায় "it" যোগ করুন: এটি অফিসের ভাষা এবং বিকল্প ভাষাও।

config-default-not-enabled = ডিফল্ট ভাষা “{ $value }” চালু ভাষাগুলোর মধ্যে নেই।
config-default-not-enabled-fix = চালু ভাষাগুলোর একটি বেছে নিন: { $allowed }।

config-unknown-service = “{ $value }” সেবাটি ক্যাটালগে নেই।
config-unknown-service-fix = এগুলোর একটি ব্যবহার করুন: { $allowed }।

config-warning-not-shorter = নিষ্ক্রিয়তার সতর্কবার্তা ({ $value } সেকেন্ড) নিষ্ক্রিয়তার সময়সীমার ({ $timeout } সেকেন্ড) চেয়ে ছোট নয়।
config-warning-not-shorter-fix = { $timeout } সেকেন্ডের চেয়ে ছোট একটি সতর্কবার্তা লিখুন।

config-connect-longer = সংযোগের সময়সীমা ({ $value } মিলিসেকেন্ড) অনুরোধের সর্বোচ্চ সময়ের ({ $request } মিলিসেকেন্ড) চেয়ে বেশি।
config-connect-longer-fix = সংযোগের সময়সীমা { $request } মিলিসেকেন্ডের বেশি লিখবেন না।

config-bad-endpoint = “{ $key }”-এর ঠিকানা “{ $value }” সঠিক নয়।
config-bad-endpoint-fix = "simulator" অথবা একটি সম্পূর্ণ https:// ঠিকানা লিখুন (http:// শুধু এই কম্পিউটারে: মানুষের তথ্য এনক্রিপশন ছাড়া পাঠানো হয় না), ব্যবহারকারী, পাসওয়ার্ড বা প্যারামিটার ছাড়া।

# Variables: $value (string)
config-bad-webhook = অপারেটরকে ডাকার ঠিকানা “{ $value }” সঠিক নয়।
config-bad-webhook-fix = একটি সম্পূর্ণ https:// ঠিকানা লিখুন (http:// শুধু এই কম্পিউটারে), ব্যবহারকারী, পাসওয়ার্ড বা প্যারামিটার ছাড়া, অথবা লাইনটি মুছে ফেলুন।

config-bad-printer = “{ $value }” CUPS প্রিন্টারের সঠিক নাম নয়।
config-bad-printer-fix = CUPS কিউ-এর নাম লিখুন (lpstat -p এটি দেখায়), স্পেস, স্ল্যাশ, # বা কমা ছাড়া।

config-bad-pin-hash = অপারেটরের PIN একটি সঠিক Argon2id হ্যাশ নয়।
config-bad-pin-hash-fix = “serto-kiosk hash-pin” দিয়ে হ্যাশ তৈরি করুন এবং “$argon2id$” থেকে শুরু করে পুরোটা কপি করুন।

# Variables: $memory (string), $passes (string)
config-weak-pin-hash = PIN-এর হ্যাশ খুব দুর্বল: মেমরি { $memory } KiB, পাস { $passes } (অন্তত 19456 KiB মেমরি ও 2টি পাস দরকার)।
config-weak-pin-hash-fix = “serto-kiosk hash-pin” দিয়ে নতুন হ্যাশ তৈরি করুন: এই কমান্ড নিরাপদ প্যারামিটার ব্যবহার করে। এই ফাইল যে-ই পড়ুক, দুর্বল হ্যাশে সুরক্ষিত একটি ছোট PIN সে কয়েক সেকেন্ডেই অনুমান করে ফেলতে পারে।

# Variables: $key (string), $length (string), $max (string)
config-too-long = “{ $key }”-এর লেখাটি খুব লম্বা: { $length }টি অক্ষর, সর্বোচ্চ { $max }টি।
config-too-long-fix = লেখাটি ছোট করুন: এটিকে পৃষ্ঠাগুলোর এবং প্রতিটি রসিদের এক লাইনে আঁটতে হবে।

# Variables: $value (string), $reason (string)
config-data-dir-unusable = কিয়স্ক ডেটা ফোল্ডার “{ $value }”-এ লিখতে পারছে না ({ $reason })।
config-data-dir-unusable-fix = লেখার অনুমতি আছে এমন একটি ডিস্কে একটি ফোল্ডার (ফাইল নয়) দিন, যার মালিক কিয়স্কের ব্যবহারকারী, যেমন /var/lib/serto-kiosk।

config-bad-listen = “{ $value }” সঠিক লিসেন ঠিকানা নয়।
config-bad-listen-fix = ঠিকানা ও পোর্ট লিখুন, যেমন "127.0.0.1:9464"।

# Variables: $value (string), $reason (string)
config-bad-key-file = pagoPA কী-এর ফাইল “{ $value }” ব্যবহার করা যাচ্ছে না ({ $reason })।
config-bad-key-file-fix = ওই ফাইলে শুধু সাবস্ক্রিপশন কী (Ocp-Apim-Subscription-Key) রাখুন, আর কিছু নয়, এবং কিয়স্কের ব্যবহারকারী যেন ফাইলটি পড়তে পারে; অথবা পাথটি ঠিক করুন (এই ফাইলের ফোল্ডারের সাপেক্ষে)।
# Variables: $value (string), $mode (string)
config-key-file-open = pagoPA কী-এর ফাইল “{ $value }” অন্য ব্যবহারকারীরাও পড়তে পারে (অনুমতি { $mode })।
# Variables: $value (string)
config-key-file-open-fix = এই কী Comune-এর গোপন তথ্য: “chmod 600 { $value }” দিয়ে ফাইলটি এমন করুন যাতে শুধু তার মালিক এটি পড়তে পারে।

config-not-loopback = মেট্রিকগুলো নেটওয়ার্কে { $value } ঠিকানায় দেখা যাবে।
config-not-loopback-fix = "127.0.0.1:9464"-এর মতো একটি লোকাল ঠিকানা ব্যবহার করুন, অথবা নেটওয়ার্ক সুরক্ষিত হলে [metrics] অংশে “allow_non_loopback = true” যোগ করুন।

# Variables: $key (string)
config-missing-section = আবশ্যক অংশ “[{ $key }]” নেই।
# Variables: $key (string)
config-missing-section-fix = “[{ $key }]” অংশটি তার সেটিংসসহ যোগ করুন (kiosk-config/demo.toml দেখুন)।

# Variables: $key (string)
config-duplicate-key = “{ $key }” দুইবার লেখা হয়েছে।
# Variables: $key (string)
config-duplicate-key-fix = “{ $key }” একবার রাখুন, অন্যটি মুছে দিন।
