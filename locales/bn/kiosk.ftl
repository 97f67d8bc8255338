## Attract screen: cycles through every enabled language.

attract-title = SerTo
attract-subtitle = অনলাইনে সরকারি সেবা, আপনার ভাষায়
attract-touch = শুরু করতে স্ক্রিন স্পর্শ করুন

## Language choice.

language-title = আপনার ভাষা বেছে নিন
language-hint = আপনি যেকোনো সময় এটি বদলাতে পারবেন।

## Home: categories and services.

home-title = আপনার কোন সেবা দরকার?
home-hint = শুরু করতে একটি সেবা স্পর্শ করুন।
home-change-language = ভাষা বদলান
home-finish = আমার কাজ শেষ
home-category-count =
    { $count ->
       *[other] { $count }টি সেবা
    }

## Service introduction.

service-back = সেবার তালিকায় ফিরে যান
service-category = বিভাগ: { $category }

## Out-of-service page: shown in Italian and English for the operator.

out-of-service-title = কিয়স্ক বন্ধ আছে
out-of-service-body = কিয়স্কটি চালু হতে পারছে না। অনুগ্রহ করে কাউন্টারে যোগাযোগ করুন।
out-of-service-operator = অপারেটরের জন্য: কনফিগারেশন ঠিক করুন এবং কিয়স্কটি আবার চালু করুন।
