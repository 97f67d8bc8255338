## অনলাইন পত্রিকা ও দৈনিক: assets/flows/online-magazines.toml.

flow-online-magazines-has_card = আপনার কি টোসকানার (Toscana) কোনো লাইব্রেরির কার্ড আছে?
flow-online-magazines-has_card-hint = কার্ড থাকলে ফোনে বা কম্পিউটারে সারা পৃথিবীর খবরের কাগজ ও পত্রিকা বিনা পয়সায় পড়তে পারবেন।

flow-online-magazines-get_a_card = কার্ডটি বিনা পয়সায় পাওয়া যায়। একটি পরিচয়পত্র নিয়ে Biblioteca Città di Arezzo-তে (via dei Pileati 8) যান: সঙ্গে সঙ্গে কার্ড করে দেয়। তারপর এখানে ফিরে আসুন, অথবা বাড়ি থেকে MLOL দিয়ে খবরের কাগজ পড়ুন।

flow-online-magazines-page-card-number = আপনার কার্ড
flow-online-magazines-card_number = কার্ডের নম্বর
flow-online-magazines-card_number-hint = এটি কার্ডের বারকোডের নিচে আছে।
flow-online-magazines-card_surname = পদবি, কার্ডে যেমন লেখা আছে

flow-online-magazines-magazine_language = কোন ভাষায় পড়তে চান?
flow-online-magazines-magazine_language-italian = ইতালীয়
flow-online-magazines-magazine_language-english = ইংরেজি
flow-online-magazines-magazine_language-french = ফরাসি
flow-online-magazines-magazine_language-spanish = স্প্যানিশ
flow-online-magazines-magazine_language-arabic = আরবি
flow-online-magazines-magazine_language-romanian = রোমানীয়
flow-online-magazines-magazine_language-albanian = আলবেনীয়
flow-online-magazines-magazine_language-ukrainian = ইউক্রেনীয়
flow-online-magazines-magazine_language-chinese = চীনা
flow-online-magazines-magazine_language-bengali = বাংলা
flow-online-magazines-magazine_language-urdu = উর্দু

flow-online-magazines-magazine_kind = আপনি কী পড়তে চান?
flow-online-magazines-magazine_kind-newspaper = খবরের কাগজ (দৈনিক)
flow-online-magazines-magazine_kind-magazine = পত্রিকা (ম্যাগাজিন)
flow-online-magazines-magazine_kind-any = দুটোই

flow-online-magazines-magazine = খবরের কাগজ বা পত্রিকা বেছে নিন
flow-online-magazines-magazine-hint = আমরা নাম আর পড়ার নিয়ম লেখা একটি কাগজ প্রিন্ট করব।
flow-online-magazines-magazine-none = এই ভাষায় কোনো পত্রিকা নেই। পেছনে গিয়ে অন্য ভাষা বেছে নিন।

flow-online-magazines-how_to_read = কাগজে পত্রিকার নাম আর একটি QR কোড আছে। ফোনে লাইব্রেরির ওয়েবসাইট (MLOL) খুলুন, কার্ডের নম্বর আর লাইব্রেরি যে পাসওয়ার্ড দিয়েছে তা দিয়ে ঢুকুন, তারপর নামটি খুঁজুন। লাইব্রেরিতে কম্পিউটারেও পড়তে পারবেন।
