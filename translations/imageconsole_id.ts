<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>%1 tidak dapat dibuka:</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: tidak ada masalah.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problem(s) found.</source>
        <translation>
            <numerusform>%1: ditemukan %Ln masalah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudCommand</name>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>%1 tidak dapat dibuka:</translation>
    </message>
    <message>
        <source>Give the keys one way: --credentials FILE, or --profile NAME with --account ID, or --account ID alone for the environment&apos;s.</source>
        <translation>Berikan kunci dengan satu cara: --credentials BERKAS, atau --profile NAMA dengan --account ID, atau --account ID saja untuk kunci di lingkungan.</translation>
    </message>
    <message>
        <source>--endpoint needs default, intl or an http(s) URL, not &quot;%1&quot;.</source>
        <translation>--endpoint memerlukan default, intl, atau URL http(s), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--rate needs N or ACTION=N,… (requests per second), not &quot;%1&quot;.</source>
        <translation>--rate memerlukan N atau AKSI=N,… (permintaan per detik), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace could not be saved: %1</source>
        <translation>Ruang kerja tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Pulled %1 of %2 requests…</source>
        <translation>%1 dari %2 permintaan ditarik…</translation>
    </message>
    <message>
        <source>Pulled %1: %2 account(s), %3 region(s), %4 image(s), %5 instance(s) in %6 request(s) (%7 retried).</source>
        <translation>%1 ditarik: %2 akun, %3 wilayah, %4 citra, %5 instans dalam %6 permintaan (%7 diulang).</translation>
    </message>
    <message>
        <source>At the request rates set, it could not have taken less than %1 s.</source>
        <translation>Dengan laju permintaan yang ditetapkan, waktunya tidak mungkin kurang dari %1 dtk.</translation>
    </message>
    <message>
        <source>Images: %1 new, %2 changed, %3 gone.</source>
        <translation>Citra: %1 baru, %2 berubah, %3 hilang.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n perubahan tertunda</numerusform>
        </translation>
    </message>
    <message>
        <source>, of which %1 in conflict with the cloud&apos;s state:</source>
        <translation>, %1 di antaranya berkonflik dengan keadaan cloud:</translation>
    </message>
    <message>
        <source>%1 is not connected to the cloud: pull it first.</source>
        <translation>%1 tidak terhubung ke cloud: tarik dahulu.</translation>
    </message>
    <message>
        <source>Pulled from %1 at %2.</source>
        <translation>Ditarik dari %1 pada %2.</translation>
    </message>
    <message>
        <source>Nothing to apply.</source>
        <translation>Tidak ada yang perlu diterapkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply, in this order:</source>
        <translation>
            <numerusform>%n perubahan untuk diterapkan, dengan urutan ini:</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the workspace was pulled from %1; applying to %2.</source>
        <translation>Catatan: ruang kerja ditarik dari %1; diterapkan ke %2.</translation>
    </message>
    <message>
        <source>Change %1 is account %2&apos;s, and the keys given have none for it.</source>
        <translation>Perubahan %1 milik akun %2, dan kunci yang diberikan tidak mencakup akun itu.</translation>
    </message>
    <message>
        <source>Apply them to %1? [y/N] </source>
        <translation>Terapkan ke %1? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>%1 of %2 change(s) applied.</source>
        <translation>%1 dari %2 perubahan diterapkan.</translation>
    </message>
    <message>
        <source>The cloud imports systems this console does not list yet (its import checks will refuse them): %1.</source>
        <translation>Cloud dapat mengimpor sistem yang belum tercantum di konsol ini (pemeriksaan impornya akan menolaknya): %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Language of the console: en or id.</source>
        <translation>Bahasa konsol: en atau id.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Gambar jendela utama ke berkas PNG lalu keluar.</translation>
    </message>
    <message>
        <source>With --screenshot: render this dialog over the window.</source>
        <translation>Dengan --screenshot: gambar dialog ini di atas jendela.</translation>
    </message>
    <message>
        <source>Act as this account when the console opens.</source>
        <translation>Bertindak sebagai akun ini saat konsol dibuka.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Berkas ruang kerja yang dibuka.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or id.</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal: gunakan en atau id.</translation>
    </message>
    <message>
        <source>check needs exactly one workspace file.</source>
        <translation>check memerlukan tepat satu berkas ruang kerja.</translation>
    </message>
    <message>
        <source>Give at most one workspace file.</source>
        <translation>Berikan paling banyak satu berkas ruang kerja.</translation>
    </message>
    <message>
        <source>inspect needs exactly one file or URL.</source>
        <translation>inspect memerlukan tepat satu berkas atau URL.</translation>
    </message>
    <message>
        <source>generate: number of images.</source>
        <translation>generate: jumlah citra.</translation>
    </message>
    <message>
        <source>generate: number of accounts.</source>
        <translation>generate: jumlah akun.</translation>
    </message>
    <message>
        <source>generate: number of regions (at most 20).</source>
        <translation>generate: jumlah wilayah (paling banyak 20).</translation>
    </message>
    <message>
        <source>generate: the seed; the same seed gives the same file.</source>
        <translation>generate: benih acak; benih yang sama menghasilkan berkas yang sama.</translation>
    </message>
    <message>
        <source>generate needs one output file and positive numbers (at least 2 accounts).</source>
        <translation>generate memerlukan satu berkas keluaran dan angka positif (paling sedikit 2 akun).</translation>
    </message>
    <message>
        <source>serve: the address to listen on.</source>
        <translation>serve: alamat untuk mendengarkan.</translation>
    </message>
    <message>
        <source>serve: the credentials file.</source>
        <translation>serve: berkas kredensial.</translation>
    </message>
    <message>
        <source>serve: listen on an address other than loopback, although the endpoint speaks plain HTTP.</source>
        <translation>serve: mendengarkan pada alamat selain loopback, meskipun endpoint berbicara HTTP biasa.</translation>
    </message>
    <message>
        <source>serve: speak HTTPS with this certificate (PEM).</source>
        <translation>serve: berbicara HTTPS dengan sertifikat ini (PEM).</translation>
    </message>
    <message>
        <source>serve: the private key of the certificate (PEM, no passphrase).</source>
        <translation>serve: kunci privat sertifikat (PEM, tanpa frasa sandi).</translation>
    </message>
    <message>
        <source>CVM Image Console: manage Tencent Cloud CVM images across accounts and regions.

Commands:
  imageconsole [WORKSPACE]        open the console (the sample workspace when none is given)
  imageconsole check WORKSPACE    list every rule the workspace breaks; exit 0 when clean,
                                  1 when problems were found, 2 when the file cannot be read
  imageconsole inspect FILE|URL   read an image file&apos;s header and run the import checks; exit 0
                                  when it can be imported, 1 when not, 2 when it cannot be read
  imageconsole generate OUT.json  write a large, valid workspace (--images, --accounts, --regions, --seed)
  imageconsole serve WORKSPACE    the Tencent Cloud API 3.0 over the workspace (--listen, --credentials, --tls-cert, --tls-key)
  imageconsole pull WORKSPACE     read the accounts&apos; images from Tencent Cloud into the workspace
                                  (--credentials FILE | --profile NAME | --account ID; --endpoint,
                                  --regions a,b); creates the workspace when it does not exist
  imageconsole plan WORKSPACE     list the pending changes as the calls apply would send; exit 0
                                  when nothing is pending, 1 when something is
  imageconsole apply WORKSPACE    send the pending changes to the cloud (--yes: without asking);
                                  exit 0 when everything was applied</source>
        <translation>CVM Image Console: mengelola citra CVM Tencent Cloud lintas akun dan wilayah.

Perintah:
  imageconsole [RUANG_KERJA]        membuka konsol (ruang kerja contoh bila tidak ada yang diberikan)
  imageconsole check RUANG_KERJA    mendaftar setiap aturan yang dilanggar ruang kerja; keluar 0 bila bersih,
                                    1 bila ada masalah, 2 bila berkas tidak dapat dibaca
  imageconsole inspect BERKAS|URL   membaca kepala berkas citra dan menjalankan pemeriksaan impor; keluar 0
                                    bila dapat diimpor, 1 bila tidak, 2 bila tidak dapat dibaca
  imageconsole generate OUT.json    menulis ruang kerja besar yang valid (--images, --accounts, --regions, --seed)
  imageconsole serve RUANG_KERJA    Tencent Cloud API 3.0 atas ruang kerja (--listen, --credentials, --tls-cert, --tls-key)
  imageconsole pull RUANG_KERJA     membaca citra akun-akun dari Tencent Cloud ke ruang kerja
                                    (--credentials BERKAS | --profile NAMA | --account ID; --endpoint,
                                    --regions a,b); membuat ruang kerja bila belum ada
  imageconsole plan RUANG_KERJA     mendaftar perubahan tertunda sebagai panggilan yang akan dikirim apply; keluar 0
                                    bila tidak ada yang tertunda, 1 bila ada
  imageconsole apply RUANG_KERJA    mengirim perubahan tertunda ke cloud (--yes: tanpa bertanya);
                                    keluar 0 bila semuanya diterapkan</translation>
    </message>
    <message>
        <source>serve: task time runs this many times faster (for tests).</source>
        <translation>serve: waktu tugas berjalan sekian kali lebih cepat (untuk pengujian).</translation>
    </message>
    <message>
        <source>serve: answer some requests with faults, for tests of clients: ratelimit=P,error=P,slow=P,drop=P,slowms=N,seed=N (P a fraction of requests).</source>
        <translation>serve: menjawab sebagian permintaan dengan gangguan, untuk menguji klien: ratelimit=P,error=P,slow=P,drop=P,slowms=N,seed=N (P pecahan dari permintaan).</translation>
    </message>
    <message>
        <source>pull, apply: the keys of this tccli profile (~/.tccli).</source>
        <translation>pull, apply: kunci dari profil tccli ini (~/.tccli).</translation>
    </message>
    <message>
        <source>pull, apply: the account the keys belong to (with --profile, or alone for the TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables).</source>
        <translation>pull, apply: akun pemilik kunci (dengan --profile, atau sendiri untuk variabel lingkungan TENCENTCLOUD_SECRET_ID dan TENCENTCLOUD_SECRET_KEY).</translation>
    </message>
    <message>
        <source>pull, apply: default (https://cvm.tencentcloudapi.com), intl (https://cvm.intl.tencentcloudapi.com) or a URL.</source>
        <translation>pull, apply: default (https://cvm.tencentcloudapi.com), intl (https://cvm.intl.tencentcloudapi.com) atau sebuah URL.</translation>
    </message>
    <message>
        <source>pull, apply: requests per second per account and action, N or ACTION=N,… (0: no limit; default: Tencent&apos;s documented limits).</source>
        <translation>pull, apply: permintaan per detik per akun dan aksi, N atau AKSI=N,… (0: tanpa batas; bawaan: batas yang didokumentasikan Tencent).</translation>
    </message>
    <message>
        <source>pull, apply: requests in flight at most.</source>
        <translation>pull, apply: jumlah permintaan yang berjalan bersamaan paling banyak.</translation>
    </message>
    <message>
        <source>pull, apply: also trust these certificates (PEM) for the endpoint.</source>
        <translation>pull, apply: juga percayai sertifikat ini (PEM) untuk endpoint.</translation>
    </message>
    <message>
        <source>apply: do not ask before sending.</source>
        <translation>apply: jangan bertanya sebelum mengirim.</translation>
    </message>
    <message>
        <source>--time-scale needs a whole number, 1 or more.</source>
        <translation>--time-scale memerlukan bilangan bulat, 1 atau lebih.</translation>
    </message>
    <message>
        <source>%1 needs one workspace file.</source>
        <translation>%1 memerlukan satu berkas ruang kerja.</translation>
    </message>
    <message>
        <source>--concurrency needs a whole number, 1 or more.</source>
        <translation>--concurrency memerlukan bilangan bulat, 1 atau lebih.</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 images written.</source>
        <translation>%1: %2 citra ditulis.</translation>
    </message>
</context>
<context>
    <name>HttpEndpoint</name>
    <message>
        <source>HTTPS is not available: Qt found no TLS library (OpenSSL).</source>
        <translation>HTTPS tidak tersedia: Qt tidak menemukan pustaka TLS (OpenSSL).</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>Sertifikat %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form (BEGIN CERTIFICATE).</source>
        <translation>%1 tidak berisi sertifikat dalam bentuk PEM (BEGIN CERTIFICATE).</translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: %2</source>
        <translation>Kunci privat %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used: an RSA, EC or DSA key in PEM or DER form, without a passphrase.</source>
        <translation>%1 tidak berisi kunci privat yang dapat digunakan: kunci RSA, EC, atau DSA dalam bentuk PEM atau DER, tanpa frasa sandi.</translation>
    </message>
    <message>
        <source>The certificate %1 and the private key %2 cannot serve HTTPS together (is the key the certificate&apos;s?): %3</source>
        <translation>Sertifikat %1 dan kunci privat %2 tidak dapat melayani HTTPS bersama-sama (apakah kunci itu milik sertifikat tersebut?): %3</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>%1 could not be opened and was left as it is:
%2</source>
        <translation>%1 tidak dapat dibuka dan dibiarkan apa adanya:
%2</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Ruang kerja tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>There is no dialog &quot;%1&quot; to show here.</source>
        <translation>Tidak ada dialog &quot;%1&quot; untuk ditampilkan di sini.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>serve needs a workspace file and --credentials FILE.</source>
        <translation>serve memerlukan berkas ruang kerja dan --credentials BERKAS.</translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>%1 tidak dapat dibuka:</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; its keys act as your accounts (chmod 600 %1).</source>
        <translation>Peringatan: %1 dapat dibaca pengguna lain; kuncinya bertindak sebagai akun Anda (chmod 600 %1).</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, such as 127.0.0.1:9000, not &quot;%1&quot;.</source>
        <translation>--listen memerlukan HOST:PORT, seperti 127.0.0.1:9000, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot listen on %1.</source>
        <translation>Tidak dapat mendengarkan di %1.</translation>
    </message>
    <message>
        <source>The workspace could not be saved: %1</source>
        <translation>Ruang kerja tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Serving %1 on http://%2:%3/ (Tencent Cloud API 3.0, CVM 2017-03-12).</source>
        <translation>Melayani %1 di http://%2:%3/ (Tencent Cloud API 3.0, CVM 2017-03-12).</translation>
    </message>
    <message>
        <source>Warning: listening on %1 over plain HTTP; anyone on the network can read the requests and answers.</source>
        <translation>Peringatan: mendengarkan pada %1 melalui HTTP biasa; siapa pun di jaringan dapat membaca permintaan dan jawabannya.</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert FILE and --tls-key FILE.</source>
        <translation>HTTPS memerlukan --tls-cert BERKAS dan --tls-key BERKAS sekaligus.</translation>
    </message>
    <message>
        <source>Not listening on %1: without --tls-cert and --tls-key the endpoint speaks plain HTTP, so signed requests and answers would cross the network unencrypted. Serve HTTPS, listen on 127.0.0.1, or add --insecure-listen to accept that.</source>
        <translation>Tidak mendengarkan pada %1: tanpa --tls-cert dan --tls-key endpoint berbicara HTTP biasa, sehingga permintaan bertanda tangan dan jawabannya akan melintasi jaringan tanpa enkripsi. Layani HTTPS, dengarkan pada 127.0.0.1, atau tambahkan --insecure-listen untuk menerima risiko itu.</translation>
    </message>
    <message>
        <source>Serving %1 on https://%2:%3/ (Tencent Cloud API 3.0, CVM 2017-03-12).</source>
        <translation>Melayani %1 di https://%2:%3/ (Tencent Cloud API 3.0, CVM 2017-03-12).</translation>
    </message>
    <message>
        <source>--faults needs ratelimit=P,error=P,slow=P,drop=P,slowms=N,seed=N (P from 0 to 1), not &quot;%1&quot;.</source>
        <translation>--faults memerlukan ratelimit=P,error=P,slow=P,drop=P,slowms=N,seed=N (P dari 0 sampai 1), bukan &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cvm::Document</name>
    <message>
        <source>The workspace has no file to be saved to.</source>
        <translation>Ruang kerja belum memiliki berkas untuk disimpan.</translation>
    </message>
    <message>
        <source>The journal archive %1 cannot be written: %2</source>
        <translation>Arsip jurnal %1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>cvm::Faq</name>
    <message>
        <source>What is an image?</source>
        <translation>Apa itu citra?</translation>
    </message>
    <message>
        <source>An image is the template for the software configuration of a CVM (operating system, pre-installed programs and so on). Tencent Cloud launches every instance from an image, and one image can launch more than one instance, so it can be used again and again.</source>
        <translation>Citra adalah templat konfigurasi perangkat lunak CVM (sistem operasi, program yang terpasang sebelumnya, dan sebagainya). Tencent Cloud membuat setiap instans dari citra, dan satu citra dapat membuat lebih dari satu instans sehingga dapat digunakan berulang kali.</translation>
    </message>
    <message>
        <source>What preparations do I need to make before importing an image?</source>
        <translation>Persiapan apa yang perlu dilakukan sebelum mengimpor citra?</translation>
    </message>
    <message>
        <source>Two steps come first: apply for the import permission, and prepare the image file (RAW, VHD, QCOW2 or VMDK, within the size limits, in an object storage bucket of the region you import into).</source>
        <translation>Dua langkah harus dilakukan terlebih dahulu: ajukan izin impor, dan siapkan berkas citra (RAW, VHD, QCOW2, atau VMDK, dalam batas ukuran, di bucket penyimpanan objek di wilayah tujuan impor).</translation>
    </message>
    <message>
        <source>What if a Windows system custom image fails to be created?</source>
        <translation>Bagaimana jika citra kustom sistem Windows gagal dibuat?</translation>
    </message>
    <message>
        <source>Check the following on the instance. (1) The official services are working: QcloudService.exe in C:\Windows\ (service &quot;Qcloud service&quot;), WinAgent.exe in C:\WinAgent\ (service &quot;WinAgent Display Name&quot;), win-agent.exe in C:\win-agent\ (service &quot;win-agent&quot;), and every official service whose name starts with Win_Agent. (2) The Windows Modules Installer service provided by Microsoft is working. (3) No anti-virus tool or Safedog blocks the image creation scripts: close them before creating the image. (4) No system pop-up interrupts the image creation tool: log in to the instance remotely and adjust its settings to avoid pop-ups.</source>
        <translation>Periksa hal berikut pada instans. (1) Layanan resmi berjalan: QcloudService.exe di C:\Windows\ (layanan &quot;Qcloud service&quot;), WinAgent.exe di C:\WinAgent\ (layanan &quot;WinAgent Display Name&quot;), win-agent.exe di C:\win-agent\ (layanan &quot;win-agent&quot;), dan setiap layanan resmi yang namanya diawali Win_Agent. (2) Layanan Windows Modules Installer dari Microsoft berjalan. (3) Tidak ada alat antivirus atau Safedog yang memblokir skrip pembuatan citra: tutup alat tersebut sebelum membuat citra. (4) Tidak ada pop-up sistem yang mengganggu alat pembuatan citra: masuk ke instans dari jarak jauh dan sesuaikan pengaturannya untuk menghindari pop-up.</translation>
    </message>
    <message>
        <source>To how many users can each image be shared at most?</source>
        <translation>Berapa jumlah maksimum pengguna agar dapat berbagi citra?</translation>
    </message>
    <message>
        <source>50.</source>
        <translation>50 pengguna.</translation>
    </message>
    <message>
        <source>Can the name and description of a shared image be changed?</source>
        <translation>Dapatkah nama dan deskripsi citra yang dibagikan diubah?</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Tidak.</translation>
    </message>
    <message>
        <source>Does a shared image take up my image quota?</source>
        <translation>Apakah citra yang dibagikan termasuk dalam kuota citra saya?</translation>
    </message>
    <message>
        <source>Is there any region limitation on a shared image when creating and reinstalling a CVM?</source>
        <translation>Apakah ada batasan wilayah untuk citra yang dibagikan dalam membuat dan menginstal ulang instans CVM?</translation>
    </message>
    <message>
        <source>Yes, there is. The shared image should be in the same region as the source image, and the CVM can only be created and reinstalled in the same region.</source>
        <translation>Ya. Citra yang dibagikan harus berada di wilayah yang sama dengan citra sumber. Instans CVM hanya dapat dibuat dan diinstal ulang di wilayah yang sama.</translation>
    </message>
    <message>
        <source>Can a shared image be copied to other regions?</source>
        <translation>Dapatkah citra yang dibagikan disalin ke wilayah lain?</translation>
    </message>
    <message>
        <source>Can a custom image that has been shared to other users be deleted?</source>
        <translation>Dapatkah citra kustom yang telah dibagikan dengan pengguna lain dihapus?</translation>
    </message>
    <message>
        <source>Yes, but you should cancel all the sharing for this custom image first.</source>
        <translation>Ya, tetapi Anda harus membatalkan semua pembagian untuk citra kustom ini terlebih dahulu.</translation>
    </message>
    <message>
        <source>Can an image shared by other users be deleted?</source>
        <translation>Dapatkah citra yang dibagikan oleh pengguna lain dihapus?</translation>
    </message>
    <message>
        <source>What are the risks of using custom images shared by other users?</source>
        <translation>Apa risiko menggunakan citra kustom yang dibagikan oleh pengguna lain?</translation>
    </message>
    <message>
        <source>Tencent Cloud does not guarantee the integrity and security of images shared by other users. Please select the images shared by a trusted account.</source>
        <translation>Tencent Cloud tidak menjamin integritas dan keamanan citra yang dibagikan oleh pengguna lain. Pilih citra yang dibagikan oleh akun tepercaya.</translation>
    </message>
    <message>
        <source>Can I share the image another user shared to me to other users?</source>
        <translation>Dapatkah saya berbagi citra yang dibagikan pengguna lain kepada saya dengan orang lain?</translation>
    </message>
    <message>
        <source>What are the risks of sharing a custom image with other accounts?</source>
        <translation>Apa risiko berbagi citra kustom dengan akun lain?</translation>
    </message>
    <message>
        <source>Data and software may leak. Before sharing a custom image with other accounts, make sure it holds no sensitive data or software. Be aware that the accounts you share the image with can create CVM instances from it and make more custom images from those. Constant data transfer raises the risk of a leak.</source>
        <translation>Dapat terjadi kebocoran data dan perangkat lunak. Sebelum membagikan citra kustom dengan akun lain, pastikan citra tersebut tidak memiliki data atau perangkat lunak sensitif. Ketahuilah bahwa akun tempat Anda berbagi citra dapat membuat instans CVM dari citra yang dibagikan untuk membuat lebih banyak citra kustom. Transfer data yang konstan akan meningkatkan risiko kebocoran.</translation>
    </message>
    <message>
        <source>Can I create instances from an image I have shared with other users?</source>
        <translation>Dapatkah saya membuat instans menggunakan citra yang saya bagikan dengan pengguna lain?</translation>
    </message>
    <message>
        <source>Yes. You can create CVM instances from an image you have shared with other accounts, and you can create custom images from those instances.</source>
        <translation>Ya. Anda dapat membuat instans CVM menggunakan citra yang Anda bagikan dengan akun lain. Anda juga dapat membuat citra kustom berdasarkan instans CVM.</translation>
    </message>
    <message>
        <source>Can an image made on server A in North China be shared with server B in East China?</source>
        <translation>Dapatkah citra yang dibuat di Server A di Tiongkok Utara dibagikan dengan Server B di Tiongkok Timur?</translation>
    </message>
    <message>
        <source>If both servers belong to the same account, copy the image to East China directly. If they belong to different accounts, copy the image to the East China region first, then share the copy with the account of server B (Image → Give to another account in another region does both).</source>
        <translation>Jika kedua server berada pada akun yang sama, Anda dapat langsung menyalin citra ke Tiongkok Timur. Jika kedua server berada pada akun yang berbeda, Anda perlu menyalin citra ke wilayah Tiongkok Timur dan kemudian membagikannya dengan akun Server B (Citra → Berikan ke akun lain di wilayah lain melakukan keduanya).</translation>
    </message>
    <message>
        <source>Image Overview</source>
        <translation>Ikhtisar Citra</translation>
    </message>
    <message>
        <source>Import Image</source>
        <translation>Mengimpor Citra</translation>
    </message>
    <message>
        <source>Copying Images</source>
        <translation>Menyalin Citra</translation>
    </message>
    <message>
        <source>Sharing Custom Images</source>
        <translation>Berbagi Citra Kustom</translation>
    </message>
    <message>
        <source>Cancelling Image Sharing</source>
        <translation>Membatalkan Berbagi Citra</translation>
    </message>
</context>
<context>
    <name>cvm::ImageFileChecks</name>
    <message>
        <source>Format ISO: only as a forced import</source>
        <translation>Format ISO: hanya sebagai impor paksa</translation>
    </message>
    <message>
        <source>Format is RAW, VHD, QCOW2 or VMDK</source>
        <translation>Format adalah RAW, VHD, QCOW2, atau VMDK</translation>
    </message>
    <message>
        <source>The file is whole and undamaged</source>
        <translation>Berkas utuh dan tidak rusak</translation>
    </message>
    <message>
        <source>The image stands alone (no backing or parent disk)</source>
        <translation>Citra berdiri sendiri (tanpa disk dasar atau induk)</translation>
    </message>
    <message>
        <source>File size at most %1 GiB</source>
        <translation>Ukuran berkas paling besar %1 GiB</translation>
    </message>
    <message>
        <source>Disk size at most %1 GiB</source>
        <translation>Ukuran disk paling besar %1 GiB</translation>
    </message>
    <message>
        <source>A partition table was found (the import needs one; a Windows image needs MBR)</source>
        <translation>Tabel partisi ditemukan (impor memerlukannya; citra Windows memerlukan MBR)</translation>
    </message>
</context>
<context>
    <name>cvm::ImageFileReport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The file ends inside its %1 header.</source>
        <translation>Berkas berakhir di dalam header %1-nya.</translation>
    </message>
    <message>
        <source>The file is shorter than its first cluster: it was cut off.</source>
        <translation>Berkas lebih pendek daripada cluster pertamanya: berkas terpotong.</translation>
    </message>
    <message>
        <source>QCOW2 version %1 is not a version the import service reads (2 or 3).</source>
        <translation>QCOW2 versi %1 bukan versi yang dibaca layanan impor (2 atau 3).</translation>
    </message>
    <message>
        <source>The QCOW2 header gives an impossible cluster size.</source>
        <translation>Header QCOW2 menyebutkan ukuran cluster yang mustahil.</translation>
    </message>
    <message>
        <source>The image depends on a backing file (%1); import a standalone image instead (qemu-img convert).</source>
        <translation>Citra bergantung pada berkas dasar (%1); impor citra yang berdiri sendiri sebagai gantinya (qemu-img convert).</translation>
    </message>
    <message>
        <source>The VHD footer&apos;s checksum is wrong: the file is damaged.</source>
        <translation>Checksum footer VHD salah: berkas rusak.</translation>
    </message>
    <message>
        <source>The VHD footer gives an unknown disk type (%1).</source>
        <translation>Footer VHD menyebutkan jenis disk yang tidak dikenal (%1).</translation>
    </message>
    <message>
        <source>A differencing VHD depends on a parent disk; import a standalone image instead.</source>
        <translation>VHD differencing bergantung pada disk induk; impor citra yang berdiri sendiri sebagai gantinya.</translation>
    </message>
    <message>
        <source>The fixed VHD is shorter than the disk it describes: it was cut off.</source>
        <translation>VHD fixed lebih pendek daripada disk yang dijelaskannya: berkas terpotong.</translation>
    </message>
    <message>
        <source>The VHD footer at the end of the file is missing: it was cut off.</source>
        <translation>Footer VHD di akhir berkas tidak ada: berkas terpotong.</translation>
    </message>
    <message>
        <source>The VMDK header gives an unknown version.</source>
        <translation>Header VMDK menyebutkan versi yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The VMDK descriptor lists no extents.</source>
        <translation>Deskriptor VMDK tidak mencantumkan extent.</translation>
    </message>
    <message>
        <source>A raw disk is a whole number of 512-byte sectors; this file is not.</source>
        <translation>Disk raw terdiri atas sejumlah utuh sektor 512 byte; berkas ini tidak.</translation>
    </message>
    <message>
        <source>Unsupported format: found %1, expected RAW, VHD, QCOW2 or VMDK.</source>
        <translation>Format tidak didukung: ditemukan %1, seharusnya RAW, VHD, QCOW2, atau VMDK.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak dikenal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>File size: %1</source>
        <translation>Ukuran berkas: %1</translation>
    </message>
    <message>
        <source>Disk size: %1</source>
        <translation>Ukuran disk: %1</translation>
    </message>
    <message>
        <source>Partition table: %1</source>
        <translation>Tabel partisi: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>The %1 header declares a disk larger than any disk can be (8 EiB): the file is damaged.</source>
        <translation>Header %1 menyatakan disk yang lebih besar daripada ukuran disk mana pun (8 EiB): berkas rusak.</translation>
    </message>
    <message>
        <source>Unsupported format: the file does not start like a RAW, VHD, QCOW2 or VMDK disk image.</source>
        <translation>Format tidak didukung: awal berkas tidak seperti citra disk RAW, VHD, QCOW2, atau VMDK.</translation>
    </message>
</context>
<context>
    <name>cvm::LoadProblem</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file is not valid JSON (%3).</source>
        <translation>Baris %1, kolom %2: berkas bukan JSON yang valid (%3).</translation>
    </message>
    <message>
        <source>This is not a CVM Image Console workspace: &quot;format&quot; should be &quot;%1&quot; but is %2.</source>
        <translation>Ini bukan ruang kerja CVM Image Console: &quot;format&quot; seharusnya &quot;%1&quot; tetapi %2.</translation>
    </message>
    <message>
        <source>The workspace has version %1, newer than version %2 that this console reads. Update the console to open it; the file was left as it is.</source>
        <translation>Ruang kerja berversi %1, lebih baru daripada versi %2 yang dibaca konsol ini. Perbarui konsol untuk membukanya; berkas dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>%1: required value is missing; expected %2.</source>
        <translation>%1: nilai wajib tidak ada; seharusnya %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not %3.</source>
        <translation>%1: %2 bukan %3.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>sebuah objek</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>sebuah daftar</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>sebuah teks</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>teks yang tidak kosong</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>bilangan bulat 0 atau lebih</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation>persentase dari 0 sampai 100</translation>
    </message>
    <message>
        <source>an ISO-8601 UTC time such as 2026-03-21T08:41:45Z</source>
        <translation>waktu UTC ISO-8601 seperti 2026-03-21T08:41:45Z</translation>
    </message>
    <message>
        <source>a valid image ID (img- and 8 lower-case letters or digits)</source>
        <translation>ID citra yang valid (img- dan 8 huruf kecil atau angka)</translation>
    </message>
    <message>
        <source>a valid instance ID (ins- and 8 lower-case letters or digits)</source>
        <translation>ID instans yang valid (ins- dan 8 huruf kecil atau angka)</translation>
    </message>
    <message>
        <source>a valid snapshot ID (snap- and 8 lower-case letters or digits)</source>
        <translation>ID snapshot yang valid (snap- dan 8 huruf kecil atau angka)</translation>
    </message>
    <message>
        <source>a valid account ID (the root account&apos;s digits)</source>
        <translation>ID akun yang valid (angka akun root)</translation>
    </message>
    <message>
        <source>a valid region ID such as ap-guangzhou</source>
        <translation>ID wilayah yang valid seperti ap-guangzhou</translation>
    </message>
    <message>
        <source>a valid task ID (task- and 8 lower-case letters or digits)</source>
        <translation>ID tugas yang valid (task- dan 8 huruf kecil atau angka)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>salah satu dari %1</translation>
    </message>
    <message>
        <source>Cannot keep a backup as %1: it is not a file.</source>
        <translation>Tidak dapat menyimpan cadangan sebagai %1: itu bukan berkas.</translation>
    </message>
    <message>
        <source>Cannot keep a backup as %1.</source>
        <translation>Tidak dapat menyimpan cadangan sebagai %1.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>bilangan bulat dari %1 sampai %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Tidak dapat menulis %1: %2.</translation>
    </message>
    <message>
        <source>an object is not closed with }</source>
        <translation>sebuah objek tidak ditutup dengan }</translation>
    </message>
    <message>
        <source>a colon is missing after a name</source>
        <translation>titik dua tidak ada setelah sebuah nama</translation>
    </message>
    <message>
        <source>a list is not closed with ]</source>
        <translation>sebuah daftar tidak ditutup dengan ]</translation>
    </message>
    <message>
        <source>a comma is missing between values</source>
        <translation>koma tidak ada di antara nilai</translation>
    </message>
    <message>
        <source>a value is not valid</source>
        <translation>sebuah nilai tidak valid</translation>
    </message>
    <message>
        <source>the file ends inside a number</source>
        <translation>berkas berakhir di tengah sebuah angka</translation>
    </message>
    <message>
        <source>a number is not valid</source>
        <translation>sebuah angka tidak valid</translation>
    </message>
    <message>
        <source>a text has an invalid escape sequence</source>
        <translation>sebuah teks memiliki urutan escape yang tidak valid</translation>
    </message>
    <message>
        <source>a text is not valid UTF-8</source>
        <translation>sebuah teks bukan UTF-8 yang valid</translation>
    </message>
    <message>
        <source>a text is not closed with a quote</source>
        <translation>sebuah teks tidak ditutup dengan tanda kutip</translation>
    </message>
    <message>
        <source>a value is missing after a comma</source>
        <translation>nilai tidak ada setelah koma</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>dokumen bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>dokumen terlalu besar</translation>
    </message>
    <message>
        <source>there is more text after the end of the document</source>
        <translation>masih ada teks setelah akhir dokumen</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>galat %1</translation>
    </message>
    <message>
        <source>%1: the key is written more than once; keep the one that is meant.</source>
        <translation>%1: kunci ini ditulis lebih dari sekali; pertahankan yang dimaksud.</translation>
    </message>
    <message>
        <source>unique within its list</source>
        <translation>nilai yang unik dalam daftarnya</translation>
    </message>
</context>
<context>
    <name>cvm::RuleText</name>
    <message>
        <source>Public</source>
        <translation>Publik</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Membuat</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>Gagal dibuat</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Menyalin</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Gagal diimpor</translation>
    </message>
    <message>
        <source>Official agent services are working (QcloudService.exe in C:\Windows\, service &quot;Qcloud service&quot;; WinAgent.exe in C:\WinAgent\, service &quot;WinAgent Display Name&quot;; win-agent.exe in C:\win-agent\, service &quot;win-agent&quot;; and every official service whose name starts with Win_Agent)</source>
        <translation>Layanan agen resmi berjalan (QcloudService.exe di C:\Windows\, layanan &quot;Qcloud service&quot;; WinAgent.exe di C:\WinAgent\, layanan &quot;WinAgent Display Name&quot;; win-agent.exe di C:\win-agent\, layanan &quot;win-agent&quot;; dan setiap layanan resmi yang namanya diawali Win_Agent)</translation>
    </message>
    <message>
        <source>The Windows Modules Installer service is working</source>
        <translation>Layanan Windows Modules Installer berjalan</translation>
    </message>
    <message>
        <source>No anti-virus tool or Safedog is blocking the image creation scripts</source>
        <translation>Tidak ada alat antivirus atau Safedog yang memblokir skrip pembuatan citra</translation>
    </message>
    <message>
        <source>No system pop-up is waiting that would interrupt the image creation tool</source>
        <translation>Tidak ada pop-up sistem tertunda yang akan mengganggu alat pembuatan citra</translation>
    </message>
    <message>
        <source>Log in to the instance remotely and start the stopped agent services.</source>
        <translation>Masuk ke instans dari jarak jauh dan jalankan layanan agen yang berhenti.</translation>
    </message>
    <message>
        <source>Start the Windows Modules Installer service and set it to start automatically.</source>
        <translation>Jalankan layanan Windows Modules Installer dan atur agar berjalan otomatis.</translation>
    </message>
    <message>
        <source>Close the anti-virus tool or Safedog before creating the image.</source>
        <translation>Tutup alat antivirus atau Safedog sebelum membuat citra.</translation>
    </message>
    <message>
        <source>Log in to the instance remotely, close the pop-up and adjust the settings that cause it.</source>
        <translation>Masuk ke instans dari jarak jauh, tutup pop-up tersebut dan sesuaikan pengaturan yang menyebabkannya.</translation>
    </message>
    <message>
        <source>The image file URL could not be read.</source>
        <translation>URL berkas citra tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The image format or size is not supported.</source>
        <translation>Format atau ukuran citra tidak didukung.</translation>
    </message>
    <message>
        <source>The virtio driver is not installed in the image.</source>
        <translation>Driver virtio tidak terpasang di citra.</translation>
    </message>
    <message>
        <source>No partition was found in the image.</source>
        <translation>Tidak ada partisi yang ditemukan di citra.</translation>
    </message>
    <message>
        <source>cloud-init is not installed in the image; import it by force instead.</source>
        <translation>cloud-init tidak terpasang di citra; impor secara paksa sebagai gantinya.</translation>
    </message>
    <message>
        <source>No root partition was found in the image.</source>
        <translation>Partisi root tidak ditemukan di citra.</translation>
    </message>
    <message>
        <source>The Windows checks failed on the instance.</source>
        <translation>Pemeriksaan Windows gagal pada instans.</translation>
    </message>
    <message>
        <source>The cloud reported: %1</source>
        <translation>Cloud melaporkan: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image ID: an image ID is img- followed by 8 lower-case letters or digits.</source>
        <translation>&quot;%1&quot; bukan ID citra: ID citra adalah img- diikuti 8 huruf kecil atau angka.</translation>
    </message>
    <message>
        <source>Image %1 is in %2 and can be used only there, not in %3.</source>
        <translation>Citra %1 berada di %2 dan hanya dapat digunakan di sana, tidak di %3.</translation>
    </message>
    <message>
        <source>Image %1 already exists in the workspace with another owner or region.</source>
        <translation>Citra %1 sudah ada di ruang kerja dengan pemilik atau wilayah lain.</translation>
    </message>
    <message>
        <source>Image %1 does not exist or is not visible to this account.</source>
        <translation>Citra %1 tidak ada atau tidak terlihat oleh akun ini.</translation>
    </message>
    <message>
        <source>Image %1 is a public or marketplace image: only custom images can be shared.</source>
        <translation>Citra %1 adalah citra publik atau marketplace: hanya citra kustom yang dapat dibagikan.</translation>
    </message>
    <message>
        <source>Image %1 is a public or marketplace image: only custom images can be copied.</source>
        <translation>Citra %1 adalah citra publik atau marketplace: hanya citra kustom yang dapat disalin.</translation>
    </message>
    <message>
        <source>Image %1 is a public or marketplace image: only custom images can be deleted.</source>
        <translation>Citra %1 adalah citra publik atau marketplace: hanya citra kustom yang dapat dihapus.</translation>
    </message>
    <message>
        <source>Image %1 is a public or marketplace image: its name and description cannot be changed.</source>
        <translation>Citra %1 adalah citra publik atau marketplace: nama dan deskripsinya tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Image %1 was shared with you by account %2: only its owner can share it or cancel its sharing.</source>
        <translation>Citra %1 dibagikan kepada Anda oleh akun %2: hanya pemiliknya yang dapat membagikannya atau membatalkan pembagiannya.</translation>
    </message>
    <message>
        <source>Image %1 is shared with %2 accounts; the limit is %3.</source>
        <translation>Citra %1 dibagikan dengan %2 akun; batasnya %3.</translation>
    </message>
    <message>
        <source>Image %1 can be shared with at most %2 accounts: %3 shared + %4 new &gt; %2 (%5).</source>
        <translation>Citra %1 dapat dibagikan dengan paling banyak %2 akun: %3 dibagikan + %4 baru &gt; %2 (%5).</translation>
    </message>
    <message>
        <source>Account %1 is not in this workspace.</source>
        <translation>Akun %1 tidak ada di ruang kerja ini.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account ID: use the root account ID, digits only (not a QQ number).</source>
        <translation>&quot;%1&quot; bukan ID akun: gunakan ID akun root, hanya angka (bukan nomor QQ).</translation>
    </message>
    <message>
        <source>Image %1 is not shared with account %2.</source>
        <translation>Citra %1 tidak dibagikan dengan akun %2.</translation>
    </message>
    <message>
        <source>Account %1 is not known in this workspace.</source>
        <translation>Akun %1 tidak dikenal di ruang kerja ini.</translation>
    </message>
    <message>
        <source>An account does not need to trust itself.</source>
        <translation>Akun tidak perlu memercayai dirinya sendiri.</translation>
    </message>
    <message>
        <source>Image %1 is already shared with account %2.</source>
        <translation>Citra %1 sudah dibagikan dengan akun %2.</translation>
    </message>
    <message>
        <source>Enter at least one account ID.</source>
        <translation>Masukkan paling sedikit satu ID akun.</translation>
    </message>
    <message>
        <source>The image name cannot be empty.</source>
        <translation>Nama citra tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Choose at least one destination region.</source>
        <translation>Pilih paling sedikit satu wilayah tujuan.</translation>
    </message>
    <message>
        <source>Choose at least one image.</source>
        <translation>Pilih paling sedikit satu citra.</translation>
    </message>
    <message>
        <source>Give the location of the image file.</source>
        <translation>Berikan lokasi berkas citra.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>Image %1 is %2: only an image in the Normal state can be shared.</source>
        <translation>Citra %1 berstatus %2: hanya citra berstatus Normal yang dapat dibagikan.</translation>
    </message>
    <message>
        <source>Image %1 is %2: only an image in the Normal state can launch or reinstall instances.</source>
        <translation>Citra %1 berstatus %2: hanya citra berstatus Normal yang dapat membuat atau menginstal ulang instans.</translation>
    </message>
    <message>
        <source>Image %1 uses its own licence (BYOL): such images cannot be shared.</source>
        <translation>Citra %1 memakai lisensi sendiri (BYOL): citra seperti itu tidak dapat dibagikan.</translation>
    </message>
    <message>
        <source>Image %1 is encrypted: encrypted images cannot be shared.</source>
        <translation>Citra %1 terenkripsi: citra terenkripsi tidak dapat dibagikan.</translation>
    </message>
    <message>
        <source>Image %1 was shared with you: the name and description of a shared image cannot be changed.</source>
        <translation>Citra %1 dibagikan kepada Anda: nama dan deskripsi citra yang dibagikan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>Deskripsi berisi %1 karakter; paling banyak %2 yang diizinkan.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Nama berisi %1 karakter; paling banyak %2 yang diizinkan.</translation>
    </message>
    <message>
        <source>You already have an image named &quot;%1&quot; in %2 (%3).</source>
        <translation>Anda sudah memiliki citra bernama &quot;%1&quot; di %2 (%3).</translation>
    </message>
    <message>
        <source>Image %1 is %2: only an image in the Normal state can be copied.</source>
        <translation>Citra %1 berstatus %2: hanya citra berstatus Normal yang dapat disalin.</translation>
    </message>
    <message>
        <source>Image %1 is %2: an image cannot be deleted while it is being created, copied or imported.</source>
        <translation>Citra %1 berstatus %2: citra tidak dapat dihapus selama sedang dibuat, disalin, atau diimpor.</translation>
    </message>
    <message>
        <source>Image %1 is %2: wait until the task on it has finished.</source>
        <translation>Citra %1 berstatus %2: tunggu hingga tugas pada citra ini selesai.</translation>
    </message>
    <message>
        <source>Image %1 was shared with you: it cannot be copied to other regions, only into its own region as your custom image (not to %2).</source>
        <translation>Citra %1 dibagikan kepada Anda: citra ini tidak dapat disalin ke wilayah lain, hanya ke wilayahnya sendiri sebagai citra kustom Anda (tidak ke %2).</translation>
    </message>
    <message>
        <source>There is no region %1 in this workspace.</source>
        <translation>Tidak ada wilayah %1 di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Region %1 is unavailable.</source>
        <translation>Wilayah %1 tidak tersedia.</translation>
    </message>
    <message>
        <source>Region %1 does not support copying images.</source>
        <translation>Wilayah %1 tidak mendukung penyalinan citra.</translation>
    </message>
    <message>
        <source>Image %1 is already in %2: choose other regions to copy it to.</source>
        <translation>Citra %1 sudah berada di %2: pilih wilayah lain untuk menyalinnya.</translation>
    </message>
    <message>
        <source>The custom image quota in %1 is full: %2 of %3 used.</source>
        <translation>Kuota citra kustom di %1 penuh: %2 dari %3 terpakai.</translation>
    </message>
    <message>
        <source>Image %1 was shared with you by account %2: an image shared by another user cannot be deleted.</source>
        <translation>Citra %1 dibagikan kepada Anda oleh akun %2: citra yang dibagikan oleh pengguna lain tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance ID: an instance ID is ins- followed by 8 lower-case letters or digits.</source>
        <translation>&quot;%1&quot; bukan ID instans: ID instans adalah ins- diikuti 8 huruf kecil atau angka.</translation>
    </message>
    <message>
        <source>Instance %1 does not exist or does not belong to this account.</source>
        <translation>Instans %1 tidak ada atau bukan milik akun ini.</translation>
    </message>
    <message>
        <source>Instance %1 does not run Windows: it has no Windows checks.</source>
        <translation>Instans %1 tidak menjalankan Windows: tidak ada pemeriksaan Windows.</translation>
    </message>
    <message>
        <source>Account %1 may not import images yet: apply for import permission first.</source>
        <translation>Akun %1 belum boleh mengimpor citra: ajukan izin impor terlebih dahulu.</translation>
    </message>
    <message>
        <source>Account %1 already has import permission.</source>
        <translation>Akun %1 sudah memiliki izin impor.</translation>
    </message>
    <message>
        <source>Region %1 does not support importing images.</source>
        <translation>Wilayah %1 tidak mendukung impor citra.</translation>
    </message>
    <message>
        <source>The bucket of %1 is in %2, but the image is imported into %3: use a COS bucket in the same region.</source>
        <translation>Bucket %1 berada di %2, tetapi citra diimpor ke %3: gunakan bucket COS di wilayah yang sama.</translation>
    </message>
    <message>
        <source>%1 is not an HTTP or HTTPS address of an image file.</source>
        <translation>%1 bukan alamat HTTP atau HTTPS dari berkas citra.</translation>
    </message>
    <message>
        <source>An ISO file can be imported only as a forced import.</source>
        <translation>Berkas ISO hanya dapat diimpor sebagai impor paksa.</translation>
    </message>
    <message>
        <source>The image file is larger than the %1 GiB allowed.</source>
        <translation>Berkas citra lebih besar daripada %1 GiB yang diizinkan.</translation>
    </message>
    <message>
        <source>The image&apos;s disk is larger than the %1 GiB allowed.</source>
        <translation>Disk citra lebih besar daripada %1 GiB yang diizinkan.</translation>
    </message>
    <message>
        <source>The file format &quot;%1&quot; is not supported: use RAW, VHD, QCOW2 or VMDK.</source>
        <translation>Format berkas &quot;%1&quot; tidak didukung: gunakan RAW, VHD, QCOW2, atau VMDK.</translation>
    </message>
    <message>
        <source>A Windows image must use an MBR partition table; this one uses GPT.</source>
        <translation>Citra Windows harus memakai tabel partisi MBR; citra ini memakai GPT.</translation>
    </message>
    <message>
        <source>The operating system &quot;%1&quot; cannot be imported.</source>
        <translation>Sistem operasi &quot;%1&quot; tidak dapat diimpor.</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of %2 cannot be imported; supported: %3.</source>
        <translation>Versi &quot;%1&quot; dari %2 tidak dapat diimpor; yang didukung: %3.</translation>
    </message>
    <message>
        <source>The architecture &quot;%1&quot; is not supported for %2; supported: %3.</source>
        <translation>Arsitektur &quot;%1&quot; tidak didukung untuk %2; yang didukung: %3.</translation>
    </message>
    <message>
        <source>Zone %1 is not in region %2.</source>
        <translation>Zona %1 tidak berada di wilayah %2.</translation>
    </message>
    <message>
        <source>Between 1 and %1 instances can be launched at once, not %2.</source>
        <translation>Antara 1 dan %1 instans dapat dibuat sekaligus, bukan %2.</translation>
    </message>
    <message>
        <source>ID %1 appears more than once (again at %2); only the first is used.</source>
        <translation>ID %1 muncul lebih dari sekali (lagi di %2); hanya yang pertama yang digunakan.</translation>
    </message>
    <message>
        <source>%1 refers to account %2, which is not in the workspace.</source>
        <translation>%1 merujuk ke akun %2, yang tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>%1 is in region %2, which is not in the workspace.</source>
        <translation>%1 berada di wilayah %2, yang tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>Image %1 lists snapshot %2, which is not in the workspace.</source>
        <translation>Citra %1 mencantumkan snapshot %2, yang tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>Image %1 is shared with its own owner %2.</source>
        <translation>Citra %1 dibagikan dengan pemiliknya sendiri %2.</translation>
    </message>
    <message>
        <source>Image %1 lists account %2 more than once.</source>
        <translation>Citra %1 mencantumkan akun %2 lebih dari sekali.</translation>
    </message>
    <message>
        <source>Image %1 is not a custom image but has a share list.</source>
        <translation>Citra %1 bukan citra kustom tetapi memiliki daftar pembagian.</translation>
    </message>
    <message>
        <source>Image %1 is shared but is %2.</source>
        <translation>Citra %1 dibagikan tetapi berstatus %2.</translation>
    </message>
    <message>
        <source>Account %1 has %2 custom images in %3; the quota is %4.</source>
        <translation>Akun %1 memiliki %2 citra kustom di %3; kuotanya %4.</translation>
    </message>
    <message>
        <source>Instance %1 is in %2 but its image %3 is in %4.</source>
        <translation>Instans %1 berada di %2 tetapi citranya %3 berada di %4.</translation>
    </message>
    <message>
        <source>Task %1 works on image %2, which is not in the workspace.</source>
        <translation>Tugas %1 mengerjakan citra %2, yang tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>Image %1 is %2 but no running task works on it.</source>
        <translation>Citra %1 berstatus %2 tetapi tidak ada tugas berjalan yang mengerjakannya.</translation>
    </message>
    <message>
        <source>The name of image %1 has %2 characters; at most %3 are allowed.</source>
        <translation>Nama citra %1 berisi %2 karakter; paling banyak %3 yang diizinkan.</translation>
    </message>
    <message>
        <source>The description of image %1 has %2 characters; at most %3 are allowed.</source>
        <translation>Deskripsi citra %1 berisi %2 karakter; paling banyak %3 yang diizinkan.</translation>
    </message>
    <message>
        <source>Image %1 is shared although it is BYOL or encrypted.</source>
        <translation>Citra %1 dibagikan padahal BYOL atau terenkripsi.</translation>
    </message>
    <message>
        <source>Image %1 has a copy progress but is not being copied.</source>
        <translation>Citra %1 memiliki kemajuan salin tetapi tidak sedang disalin.</translation>
    </message>
    <message>
        <source>Account %1 trusts account %2, which is not in the workspace.</source>
        <translation>Akun %1 memercayai akun %2, yang tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>Rule %1 refused the request (%2).</source>
        <translation>Aturan %1 menolak permintaan (%2).</translation>
    </message>
    <message>
        <source>Cancel all sharing of the image first, then change it.</source>
        <translation>Batalkan semua pembagian citra terlebih dahulu, lalu ubah.</translation>
    </message>
    <message>
        <source>Wait until the image is Normal.</source>
        <translation>Tunggu hingga citra berstatus Normal.</translation>
    </message>
    <message>
        <source>Cancel sharing with accounts that no longer need the image, or share fewer accounts.</source>
        <translation>Batalkan pembagian dengan akun yang tidak lagi memerlukan citra, atau bagikan ke lebih sedikit akun.</translation>
    </message>
    <message>
        <source>Delete custom images you no longer need in that region.</source>
        <translation>Hapus citra kustom yang tidak lagi Anda perlukan di wilayah itu.</translation>
    </message>
    <message>
        <source>Ask the owner to copy the image to that region and share the copy with you.</source>
        <translation>Minta pemilik menyalin citra ke wilayah itu dan membagikan salinannya kepada Anda.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Pilih nama lain.</translation>
    </message>
    <message>
        <source>Use Apply for import permission.</source>
        <translation>Gunakan Ajukan izin impor.</translation>
    </message>
    <message>
        <source>Upload the file to a COS bucket in the import region.</source>
        <translation>Unggah berkas ke bucket COS di wilayah impor.</translation>
    </message>
    <message>
        <source>Choose a forced import.</source>
        <translation>Pilih impor paksa.</translation>
    </message>
    <message>
        <source>Copy the image to that region first (the owner must do it for a shared image).</source>
        <translation>Salin citra ke wilayah itu terlebih dahulu (untuk citra yang dibagikan, pemiliknya yang harus melakukannya).</translation>
    </message>
    <message>
        <source>Sharing image %1 may leak the data and software in it. The accounts you share it with can create instances from it and make more custom images from those. Make sure the image holds no sensitive data or software.</source>
        <translation>Membagikan citra %1 dapat menyebabkan kebocoran data dan perangkat lunak di dalamnya. Akun tempat Anda berbagi citra dapat membuat instans CVM dari citra tersebut dan membuat lebih banyak citra kustom darinya. Pastikan citra tidak memiliki data atau perangkat lunak sensitif.</translation>
    </message>
    <message>
        <source>Image %1 was shared by account %2, which is not on your list of trusted accounts. Tencent Cloud does not guarantee the integrity and security of images shared by other users; use images shared by trusted accounts.</source>
        <translation>Citra %1 dibagikan oleh akun %2, yang tidak ada dalam daftar akun tepercaya Anda. Tencent Cloud tidak menjamin integritas dan keamanan citra yang dibagikan oleh pengguna lain; pilih citra yang dibagikan oleh akun tepercaya.</translation>
    </message>
    <message>
        <source>These Windows checks fail on instance %1; creating the image now will fail:
%2</source>
        <translation>Pemeriksaan Windows berikut gagal pada instans %1; membuat citra sekarang akan gagal:
%2</translation>
    </message>
    <message>
        <source>An account sees public images, its own custom images and images shared with it.</source>
        <translation>Akun melihat citra publik, citra kustomnya sendiri, dan citra yang dibagikan kepadanya.</translation>
    </message>
    <message>
        <source>A shared image is visible and usable only in the region of the source image.</source>
        <translation>Citra yang dibagikan hanya terlihat dan dapat digunakan di wilayah citra sumber.</translation>
    </message>
    <message>
        <source>Only custom images can be shared.</source>
        <translation>Hanya citra kustom yang dapat dibagikan.</translation>
    </message>
    <message>
        <source>Only the owner shares an image or cancels its sharing.</source>
        <translation>Hanya pemilik yang membagikan citra atau membatalkan pembagiannya.</translation>
    </message>
    <message>
        <source>An image can be shared with at most the share limit of accounts.</source>
        <translation>Citra dapat dibagikan dengan paling banyak sejumlah akun sesuai batas pembagian.</translation>
    </message>
    <message>
        <source>Share only with known accounts, not with yourself, and not twice.</source>
        <translation>Bagikan hanya dengan akun yang dikenal, bukan dengan diri sendiri, dan tidak dua kali.</translation>
    </message>
    <message>
        <source>Only Normal images that are neither BYOL nor encrypted can be shared.</source>
        <translation>Hanya citra berstatus Normal yang bukan BYOL dan tidak terenkripsi yang dapat dibagikan.</translation>
    </message>
    <message>
        <source>Sharing needs the data-leak risk acknowledged.</source>
        <translation>Berbagi memerlukan pengakuan atas risiko kebocoran data.</translation>
    </message>
    <message>
        <source>The name and description of a shared image cannot be changed.</source>
        <translation>Nama dan deskripsi citra yang dibagikan tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Names are required, limited in length and unique per owner and region.</source>
        <translation>Nama wajib diisi, panjangnya terbatas, dan unik per pemilik dan wilayah.</translation>
    </message>
    <message>
        <source>An image cannot be changed while a task works on it.</source>
        <translation>Citra tidak dapat diubah selama ada tugas yang mengerjakannya.</translation>
    </message>
    <message>
        <source>Only custom images can be copied.</source>
        <translation>Hanya citra kustom yang dapat disalin.</translation>
    </message>
    <message>
        <source>A shared image cannot be copied to other regions.</source>
        <translation>Citra yang dibagikan tidak dapat disalin ke wilayah lain.</translation>
    </message>
    <message>
        <source>Destinations must be known, available, support copying and differ from the source.</source>
        <translation>Tujuan harus dikenal, tersedia, mendukung penyalinan, dan berbeda dari sumber.</translation>
    </message>
    <message>
        <source>Only Normal images can be copied.</source>
        <translation>Hanya citra berstatus Normal yang dapat disalin.</translation>
    </message>
    <message>
        <source>Each copy counts against the quota of its destination region.</source>
        <translation>Setiap salinan dihitung dalam kuota wilayah tujuannya.</translation>
    </message>
    <message>
        <source>Only your own custom images can be deleted.</source>
        <translation>Hanya citra kustom milik Anda yang dapat dihapus.</translation>
    </message>
    <message>
        <source>A shared image can be deleted only after all its sharing is cancelled.</source>
        <translation>Citra yang dibagikan hanya dapat dihapus setelah semua pembagiannya dibatalkan.</translation>
    </message>
    <message>
        <source>An image cannot be deleted while it is being created, copied or imported.</source>
        <translation>Citra tidak dapat dihapus selama sedang dibuat, disalin, atau diimpor.</translation>
    </message>
    <message>
        <source>Several images are deleted all together or not at all.</source>
        <translation>Beberapa citra dihapus semuanya sekaligus atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>Images are created from your own instances, within the quota.</source>
        <translation>Citra dibuat dari instans Anda sendiri, dalam batas kuota.</translation>
    </message>
    <message>
        <source>A Windows instance must pass the four checks before an image is created.</source>
        <translation>Instans Windows harus lolos empat pemeriksaan sebelum citra dibuat.</translation>
    </message>
    <message>
        <source>Importing needs import permission.</source>
        <translation>Mengimpor memerlukan izin impor.</translation>
    </message>
    <message>
        <source>The image file must be a supported format within the size limits, in the import region.</source>
        <translation>Berkas citra harus berformat yang didukung, dalam batas ukuran, di wilayah impor.</translation>
    </message>
    <message>
        <source>The operating system must be supported; name and quota rules apply.</source>
        <translation>Sistem operasi harus didukung; aturan nama dan kuota berlaku.</translation>
    </message>
    <message>
        <source>An image launches instances only in its own region.</source>
        <translation>Citra hanya membuat instans di wilayahnya sendiri.</translation>
    </message>
    <message>
        <source>Reinstalling uses an image visible to the instance&apos;s owner in its region.</source>
        <translation>Instal ulang memakai citra yang terlihat oleh pemilik instans di wilayahnya.</translation>
    </message>
    <message>
        <source>Only Normal images launch or reinstall instances.</source>
        <translation>Hanya citra berstatus Normal yang membuat atau menginstal ulang instans.</translation>
    </message>
    <message>
        <source>Images shared by untrusted accounts need explicit confirmation.</source>
        <translation>Citra yang dibagikan oleh akun yang tidak tepercaya memerlukan konfirmasi tegas.</translation>
    </message>
    <message>
        <source>Custom images count against the owner&apos;s quota per region; shared images do not.</source>
        <translation>Citra kustom dihitung dalam kuota pemilik per wilayah; citra yang dibagikan tidak.</translation>
    </message>
    <message>
        <source>Every ID in the workspace is unique.</source>
        <translation>Setiap ID di ruang kerja unik.</translation>
    </message>
    <message>
        <source>Every reference in the workspace points to something that exists.</source>
        <translation>Setiap rujukan di ruang kerja menunjuk ke sesuatu yang ada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left</source>
        <translation>
            <numerusform>tersisa %Ln tempat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image %1 is shared with %Ln account(s): the name and description of a shared image cannot be changed.</source>
        <translation>
            <numerusform>Citra %1 dibagikan dengan %Ln akun: nama dan deskripsi citra yang dibagikan tidak dapat diubah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image %1 is shared with %Ln account(s): cancel all its sharing before deleting it.</source>
        <translation>
            <numerusform>Citra %1 dibagikan dengan %Ln akun: batalkan semua pembagiannya sebelum menghapusnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot share image %1 with yourself (%2).</source>
        <translation>Anda tidak dapat berbagi citra %1 dengan diri sendiri (%2).</translation>
    </message>
    <message>
        <source>Account %1 has more than one image named &quot;%2&quot; in %3: %4.</source>
        <translation>Akun %1 memiliki lebih dari satu citra bernama &quot;%2&quot; di %3: %4.</translation>
    </message>
    <message>
        <source>Task %1 has no share step left to drop for this account.</source>
        <translation>Tugas %1 tidak memiliki langkah berbagi yang tersisa untuk dibatalkan oleh akun ini.</translation>
    </message>
    <message>
        <source>This cannot be undone: what it changed was changed again since (%1).</source>
        <translation>Ini tidak dapat diurungkan: yang diubahnya telah diubah lagi sejak itu (%1).</translation>
    </message>
    <message>
        <source>This cannot be redone: what it changed was changed again since (%1).</source>
        <translation>Ini tidak dapat diulangi: yang diubahnya telah diubah lagi sejak itu (%1).</translation>
    </message>
    <message>
        <source>This was done as account %1; act as %1 to undo it.</source>
        <translation>Ini dilakukan sebagai akun %1; bertindaklah sebagai %1 untuk mengurungkannya.</translation>
    </message>
    <message>
        <source>This was done as account %1; act as %1 to redo it.</source>
        <translation>Ini dilakukan sebagai akun %1; bertindaklah sebagai %1 untuk mengulanginya.</translation>
    </message>
    <message>
        <source>To give an image to an account in another region, copy it there first, then share the copy.</source>
        <translation>Untuk memberikan citra kepada akun di wilayah lain, salin citra ke wilayah itu terlebih dahulu, lalu bagikan salinannya.</translation>
    </message>
    <message>
        <source>Undo and redo only what nobody has changed since, into a state the rules allow.</source>
        <translation>Urungkan dan ulangi hanya yang belum diubah siapa pun sejak itu, menjadi keadaan yang diizinkan aturan.</translation>
    </message>
    <message>
        <source>Undo and redo act as the account that did the operation.</source>
        <translation>Urungkan dan ulangi bertindak sebagai akun yang melakukan operasi tersebut.</translation>
    </message>
    <message>
        <source>Launch failed</source>
        <translation>Gagal dibuat</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Menghentikan</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Memulai ulang</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Dimatikan</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Mengakhiri</translation>
    </message>
    <message>
        <source>Instance %1 is in %2, not in %3.</source>
        <translation>Instans %1 berada di %2, tidak di %3.</translation>
    </message>
    <message>
        <source>Image %1 is a public or marketplace image: it belongs to no account and has no share list.</source>
        <translation>Citra %1 adalah citra publik atau marketplace: citra ini bukan milik akun mana pun dan tidak memiliki daftar pembagian.</translation>
    </message>
    <message>
        <source>An encrypted copy of image %1 is made only in its own region %2, not in %3.</source>
        <translation>Salinan terenkripsi citra %1 hanya dibuat di wilayahnya sendiri %2, tidak di %3.</translation>
    </message>
    <message>
        <source>%1 is not the address of a COS bucket: image files are imported from object storage only.</source>
        <translation>%1 bukan alamat bucket COS: berkas citra hanya diimpor dari penyimpanan objek.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image family name: use letters, digits and hyphens, starting with a letter, at most 60 characters.</source>
        <translation>&quot;%1&quot; bukan nama keluarga citra: gunakan huruf, angka, dan tanda hubung, diawali huruf, paling banyak 60 karakter.</translation>
    </message>
    <message>
        <source>A KMS key is given only for an encrypted copy.</source>
        <translation>Kunci KMS hanya diberikan untuk salinan terenkripsi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KMS key ID.</source>
        <translation>&quot;%1&quot; bukan ID kunci KMS.</translation>
    </message>
    <message>
        <source>Give the instance or the snapshots to create the image from.</source>
        <translation>Berikan instans atau snapshot yang menjadi sumber citra.</translation>
    </message>
    <message>
        <source>Give the instance or the snapshots to create the image from, not both.</source>
        <translation>Berikan instans atau snapshot yang menjadi sumber citra, jangan keduanya.</translation>
    </message>
    <message>
        <source>Data disks can be included only in an image created from an instance.</source>
        <translation>Disk data hanya dapat disertakan dalam citra yang dibuat dari instans.</translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist in this region or does not belong to this account.</source>
        <translation>Snapshot %1 tidak ada di wilayah ini atau bukan milik akun ini.</translation>
    </message>
    <message>
        <source>The snapshots include no system disk snapshot.</source>
        <translation>Snapshot yang diberikan tidak mencakup snapshot disk sistem.</translation>
    </message>
    <message>
        <source>Only one system disk snapshot can be included, not %1.</source>
        <translation>Hanya satu snapshot disk sistem yang dapat disertakan, bukan %1.</translation>
    </message>
    <message>
        <source>%1 is the system disk of instance %2: name only its data disks.</source>
        <translation>%1 adalah disk sistem instans %2: sebutkan hanya disk datanya.</translation>
    </message>
    <message>
        <source>Disk %1 is not a data disk of instance %2.</source>
        <translation>Disk %1 bukan disk data instans %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance type: use FAMILY.SIZE, such as SA5.MEDIUM4.</source>
        <translation>&quot;%1&quot; bukan tipe instans: gunakan KELUARGA.UKURAN, misalnya SA5.MEDIUM4.</translation>
    </message>
    <message>
        <source>There is no instance type %1.</source>
        <translation>Tidak ada tipe instans %1.</translation>
    </message>
    <message>
        <source>Instance type %1 runs %2 images; image %3 is %4.</source>
        <translation>Tipe instans %1 menjalankan citra %2; citra %3 adalah %4.</translation>
    </message>
    <message>
        <source>An image is being created from instance %1: wait until task %2 has finished.</source>
        <translation>Citra sedang dibuat dari instans %1: tunggu hingga tugas %2 selesai.</translation>
    </message>
    <message>
        <source>An image family name is letters, digits and hyphens, starting with a letter.</source>
        <translation>Nama keluarga citra terdiri atas huruf, angka, dan tanda hubung, diawali huruf.</translation>
    </message>
    <message>
        <source>An encrypted copy is made only in the source region.</source>
        <translation>Salinan terenkripsi hanya dibuat di wilayah sumber.</translation>
    </message>
    <message>
        <source>An image is created from an instance or from snapshots with one system disk snapshot.</source>
        <translation>Citra dibuat dari instans atau dari snapshot dengan satu snapshot disk sistem.</translation>
    </message>
    <message>
        <source>The instance type must be known and run the image&apos;s architecture.</source>
        <translation>Tipe instans harus dikenal dan menjalankan arsitektur citra.</translation>
    </message>
    <message>
        <source>Only your own instances are terminated, and not while an image is being created from them.</source>
        <translation>Hanya instans milik Anda yang dihentikan permanen, dan tidak selama citra sedang dibuat darinya.</translation>
    </message>
    <message>
        <source>Image %1 is %2: only an image in the Normal state can be exported.</source>
        <translation>Citra %1 berstatus %2: hanya citra berstatus Normal yang dapat diekspor.</translation>
    </message>
    <message>
        <source>Image %1 is encrypted: encrypted images cannot be exported.</source>
        <translation>Citra %1 terenkripsi: citra terenkripsi tidak dapat diekspor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a COS bucket name: use NAME-APPID, such as images-1250000001.</source>
        <translation>&quot;%1&quot; bukan nama bucket COS: gunakan NAMA-APPID, misalnya images-1250000001.</translation>
    </message>
    <message>
        <source>Give one file name prefix per image: %1 prefixes for %2 images.</source>
        <translation>Berikan satu awalan nama berkas per citra: %1 awalan untuk %2 citra.</translation>
    </message>
    <message>
        <source>Image %1 is a public or marketplace image: only custom images can be exported.</source>
        <translation>Citra %1 adalah citra publik atau marketplace: hanya citra kustom yang dapat diekspor.</translation>
    </message>
    <message>
        <source>Image %1 was shared with you: shared images cannot be exported.</source>
        <translation>Citra %1 dibagikan kepada Anda: citra yang dibagikan tidak dapat diekspor.</translation>
    </message>
    <message>
        <source>Image %1 is being exported (task %2): wait until the export has finished.</source>
        <translation>Citra %1 sedang diekspor (tugas %2): tunggu hingga ekspor selesai.</translation>
    </message>
    <message>
        <source>Only your own Normal, unencrypted custom images are exported, to a COS bucket.</source>
        <translation>Hanya citra kustom milik Anda yang berstatus Normal dan tidak terenkripsi yang diekspor, ke bucket COS.</translation>
    </message>
    <message>
        <source>A shared image does not take up the recipient&apos;s image quota.</source>
        <translation>Citra yang dibagikan tidak memakai kuota citra penerima.</translation>
    </message>
    <message>
        <source>The owner can still create instances from an image it has shared.</source>
        <translation>Pemilik tetap dapat membuat instans dari citra yang telah dibagikannya.</translation>
    </message>
    <message>
        <source>An image can be shared with at most %1 accounts.</source>
        <translation>Satu citra dapat dibagikan dengan paling banyak %1 akun.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Applied in the cloud (RequestId %1).</source>
        <translation>Diterapkan di cloud (RequestId %1).</translation>
    </message>
    <message>
        <source>Allowed by the rules.</source>
        <translation>Diizinkan oleh aturan.</translation>
    </message>
    <message>
        <source>Refused by the rules: %1 (%2)</source>
        <translation>Ditolak oleh aturan: %1 (%2)</translation>
    </message>
    <message>
        <source>Refused by the cloud, which the rules allowed: %1 (%2)</source>
        <translation>Ditolak oleh cloud, padahal diizinkan aturan: %1 (%2)</translation>
    </message>
    <message>
        <source>The cloud changed %1 after this change was made; look at it again, then make the change anew or drop it.</source>
        <translation>Cloud mengubah %1 setelah perubahan ini dibuat; periksa lagi, lalu buat perubahan itu kembali atau buang.</translation>
    </message>
    <message>
        <source>A pending change is sent only on what the cloud still has as it was when the change was made.</source>
        <translation>Perubahan tertunda hanya dikirim atas apa yang masih ada di cloud seperti saat perubahan itu dibuat.</translation>
    </message>
    <message>
        <source>Images %1 and %2 would both be copied to %3 as &quot;%4&quot;: copy them in separate requests, under other names.</source>
        <translation>Citra %1 dan %2 sama-sama akan disalin ke %3 sebagai &quot;%4&quot;: salin keduanya dalam permintaan terpisah, dengan nama lain.</translation>
    </message>
    <message numerus="yes">
        <source>Sharing these %n images may leak the data and software in them. The accounts you share them with can create instances from them and make more custom images from those. Make sure the images hold no sensitive data or software.</source>
        <translation>
            <numerusform>Membagikan %n citra ini dapat membocorkan data dan perangkat lunak di dalamnya. Akun yang menerima dapat membuat instans dari citra tersebut dan membuat lebih banyak citra kustom dari instans itu. Pastikan citra tidak berisi data atau perangkat lunak yang sensitif.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::api::ApiCredentials</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The credentials file is not valid JSON (%1).</source>
        <translation>Berkas kredensial bukan JSON yang valid (%1).</translation>
    </message>
    <message>
        <source>credentials[%1] needs a SecretId, a SecretKey and an AccountId.</source>
        <translation>credentials[%1] memerlukan SecretId, SecretKey, dan AccountId.</translation>
    </message>
    <message>
        <source>The credentials file lists no credentials.</source>
        <translation>Berkas kredensial tidak berisi kredensial.</translation>
    </message>
    <message>
        <source>%1 can be changed by other users, who could put their own keys in it (chmod 600 %1).</source>
        <translation>%1 dapat diubah pengguna lain, yang dapat memasukkan kunci mereka sendiri ke dalamnya (chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2), who could put their own keys in it.</source>
        <translation>%1 milik pengguna lain (%2), yang dapat memasukkan kunci mereka sendiri ke dalamnya.</translation>
    </message>
</context>
<context>
    <name>cvm::cloud::CloudApply</name>
    <message>
        <source>The apply was cancelled; what was applied is marked applied, the rest is still pending.</source>
        <translation>Penerapan dibatalkan; yang sudah diterapkan ditandai diterapkan, sisanya masih tertunda.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change %1 (%2) cannot be applied: %3. Drop it, or change what it needs, and pull again.</source>
        <translation>Perubahan %1 (%2) tidak dapat diterapkan: %3. Buang perubahan itu, atau ubah yang diperlukannya, lalu tarik lagi.</translation>
    </message>
    <message>
        <source>The copy %1 was not ready after %2 s; change %3 and those after it are still pending.</source>
        <translation>Salinan %1 belum siap setelah %2 dtk; perubahan %3 dan yang sesudahnya masih tertunda.</translation>
    </message>
    <message>
        <source>Waiting for the copy %1 to be ready…</source>
        <translation>Menunggu salinan %1 siap…</translation>
    </message>
    <message>
        <source>The copy %1 could not be looked at: %2 (%3).</source>
        <translation>Salinan %1 tidak dapat diperiksa: %2 (%3).</translation>
    </message>
    <message>
        <source>The copy %1 did not become ready (%2).</source>
        <translation>Salinan %1 tidak menjadi siap (%2).</translation>
    </message>
    <message>
        <source>Checking change %1 (%2) with DryRun…</source>
        <translation>Memeriksa perubahan %1 (%2) dengan DryRun…</translation>
    </message>
    <message>
        <source>Applying change %1 (%2)…</source>
        <translation>Menerapkan perubahan %1 (%2)…</translation>
    </message>
    <message>
        <source>Change %1 was applied in the cloud, but the workspace could not be saved: %2</source>
        <translation>Perubahan %1 sudah diterapkan di cloud, tetapi ruang kerja tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The cloud refused change %1 (%2), which the rules allowed: %3 (%4). It and the changes after it are still to be applied.</source>
        <translation>Cloud menolak perubahan %1 (%2), padahal diizinkan aturan: %3 (%4). Perubahan itu dan yang sesudahnya belum diterapkan.</translation>
    </message>
    <message>
        <source>Change %1 (%2) could not be sent: %3 (%4). It and the changes after it are still pending.</source>
        <translation>Perubahan %1 (%2) tidak dapat dikirim: %3 (%4). Perubahan itu dan yang sesudahnya masih tertunda.</translation>
    </message>
    <message>
        <source>Telling the copies in %1 apart…</source>
        <translation>Membedakan salinan-salinan di %1…</translation>
    </message>
    <message>
        <source>Change %1 was applied in the cloud, but its copies in %2 could not be told apart (%3). Pull to see them.</source>
        <translation>Perubahan %1 sudah diterapkan di cloud, tetapi salinannya di %2 tidak dapat dibedakan (%3). Tarik untuk melihatnya.</translation>
    </message>
</context>
<context>
    <name>cvm::cloud::CloudClient</name>
    <message>
        <source>The endpoint&apos;s answer is not an API 3.0 response.</source>
        <translation>Jawaban endpoint bukan respons API 3.0.</translation>
    </message>
    <message>
        <source>No credentials for account %1.</source>
        <translation>Tidak ada kredensial untuk akun %1.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation>Sertifikat endpoint tidak tepercaya, jadi tidak ada yang dikirim: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>Endpoint menjawab HTTP %1.</translation>
    </message>
</context>
<context>
    <name>cvm::cloud::CloudCredentials</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users; its keys act as your accounts. Make it private first (chmod 600 %1).</source>
        <translation>%1 dapat dibaca pengguna lain; kuncinya bertindak sebagai akun Anda. Jadikan privat dahulu (chmod 600 %1).</translation>
    </message>
    <message>
        <source>%1 is not a credentials file: it needs {&quot;credentials&quot;: [{&quot;AccountId&quot;, &quot;SecretId&quot;, &quot;SecretKey&quot;}]}.</source>
        <translation>%1 bukan berkas kredensial: berkas ini memerlukan {&quot;credentials&quot;: [{&quot;AccountId&quot;, &quot;SecretId&quot;, &quot;SecretKey&quot;}]}.</translation>
    </message>
    <message>
        <source>%1: credentials[%2] needs an AccountId (digits), a SecretId and a SecretKey.</source>
        <translation>%1: credentials[%2] memerlukan AccountId (angka), SecretId, dan SecretKey.</translation>
    </message>
    <message>
        <source>%1: account %2 is listed twice.</source>
        <translation>%1: akun %2 tercantum dua kali.</translation>
    </message>
    <message>
        <source>%1 lists no credentials.</source>
        <translation>%1 tidak mencantumkan kredensial apa pun.</translation>
    </message>
    <message>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set.</source>
        <translation>TENCENTCLOUD_SECRET_ID dan TENCENTCLOUD_SECRET_KEY tidak keduanya diisi.</translation>
    </message>
    <message>
        <source>The keys in the environment need the account they belong to: --account ID (the account&apos;s digits).</source>
        <translation>Kunci di lingkungan memerlukan akun pemiliknya: --account ID (angka akun).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tccli profile name.</source>
        <translation>&quot;%1&quot; bukan nama profil tccli.</translation>
    </message>
    <message>
        <source>%1 has no secretId and secretKey (tccli configure writes them).</source>
        <translation>%1 tidak berisi secretId dan secretKey (tccli configure menuliskannya).</translation>
    </message>
    <message>
        <source>A tccli profile does not name its account: give it with --account ID (the account&apos;s digits).</source>
        <translation>Profil tccli tidak menyebut akunnya: berikan dengan --account ID (angka akun).</translation>
    </message>
</context>
<context>
    <name>cvm::cloud::CloudPull</name>
    <message>
        <source>The pull was cancelled; the workspace is unchanged.</source>
        <translation>Penarikan dibatalkan; ruang kerja tidak berubah.</translation>
    </message>
    <message>
        <source>%1 failed for account %2 after %3 attempt(s): %4 (%5). The workspace is unchanged.</source>
        <translation>%1 gagal untuk akun %2 setelah %3 percobaan: %4 (%5). Ruang kerja tidak berubah.</translation>
    </message>
    <message>
        <source>%1 failed for account %2 in %3 after %4 attempt(s): %5 (%6). The workspace is unchanged.</source>
        <translation>%1 gagal untuk akun %2 di %3 setelah %4 percobaan: %5 (%6). Ruang kerja tidak berubah.</translation>
    </message>
    <message>
        <source>the region %1 is not among the account&apos;s regions</source>
        <translation>wilayah %1 tidak termasuk wilayah akun</translation>
    </message>
    <message>
        <source>an image of the answer cannot be read: %1</source>
        <translation>sebuah citra dalam jawaban tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>cvm::net::RemoteImageReader</name>
    <message>
        <source>%1 is not an http:// or https:// address.</source>
        <translation>%1 bukan alamat http:// atau https://.</translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation>koneksi ke %1 ditolak</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>host %1 tidak ditemukan</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>tidak ada jawaban dalam %1 detik</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>jabat tangan TLS gagal: %1</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>terlalu banyak pengalihan</translation>
    </message>
    <message>
        <source>the server redirected from HTTPS to plain HTTP</source>
        <translation>server mengalihkan dari HTTPS ke HTTP biasa</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>server menjawab HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>cvm::ui::AccountPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account ID or name</source>
        <translation>ID atau nama akun</translation>
    </message>
    <message>
        <source>The account you act as. Type part of an account ID or name to find it.</source>
        <translation>Akun tempat Anda bertindak. Ketik sebagian ID atau nama akun untuk menemukannya.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::ActivityPanel</name>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Citra</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Salin %1</translation>
    </message>
    <message>
        <source>Create image from %1</source>
        <translation>Buat citra dari %1</translation>
    </message>
    <message>
        <source>Import image</source>
        <translation>Impor citra</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>Export to a COS bucket</source>
        <translation>Ekspor ke bucket COS</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <source>Copy %1 is ready: share it with %2 here, when you are ready.</source>
        <translation>Salinan %1 sudah siap: bagikan dengan %2 di sini saat Anda siap.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Selesai: %1.</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Gagal: %1 — %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Share copy %1 (%2) with %3</source>
        <translation>Bagikan salinan %1 (%2) dengan %3</translation>
    </message>
    <message>
        <source>When copy %1 (%2) is ready: share it with %3</source>
        <translation>Setelah salinan %1 (%2) siap: bagikan dengan %3</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Bagikan…</translation>
    </message>
    <message>
        <source>Open the share dialog for the copy, with these accounts</source>
        <translation>Buka dialog berbagi untuk salinan, dengan akun-akun ini</translation>
    </message>
    <message>
        <source>The copy is still being made: %1%</source>
        <translation>Salinan masih dibuat: %1%</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Do not share the copy: forget this step (it can be undone)</source>
        <translation>Jangan bagikan salinan: lupakan langkah ini (dapat diurungkan)</translation>
    </message>
    <message>
        <source>about %1 (%2 left)</source>
        <translation>sekitar %1 (sisa %2)</translation>
    </message>
    <message>
        <source>Estimated from its duration of %1</source>
        <translation>Diperkirakan dari durasinya, %1</translation>
    </message>
</context>
<context>
    <name>cvm::ui::BulkDialog</name>
    <message numerus="yes">
        <source>Share %Ln image(s)</source>
        <translation>
            <numerusform>Bagikan %Ln citra</numerusform>
        </translation>
    </message>
    <message>
        <source>Share every image with these accounts</source>
        <translation>Bagikan setiap citra dengan akun-akun ini</translation>
    </message>
    <message>
        <source>Paste or type root account IDs, separated by new lines, commas or spaces</source>
        <translation>Tempel atau ketik ID akun root, dipisahkan baris baru, koma, atau spasi</translation>
    </message>
    <message>
        <source>I understand the risk and want to share these images</source>
        <translation>Saya memahami risikonya dan ingin membagikan citra-citra ini</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bagikan</translation>
    </message>
    <message numerus="yes">
        <source>Cancel sharing of %Ln image(s)</source>
        <translation>
            <numerusform>Batalkan pembagian %Ln citra</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the access of these accounts to every image</source>
        <translation>Batalkan akses akun-akun ini ke setiap citra</translation>
    </message>
    <message>
        <source>Cancel sharing</source>
        <translation>Batalkan pembagian</translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln image(s) to regions</source>
        <translation>
            <numerusform>Salin %Ln citra ke wilayah lain</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy every image to these regions, in one request</source>
        <translation>Salin setiap citra ke wilayah-wilayah ini, dalam satu permintaan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>What happens to each image</source>
        <translation>Yang terjadi pada setiap citra</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID citra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Keputusan</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): shared with %Ln of the selected images</source>
        <translation>
            <numerusform>%1 (%2): dibagikan pada %Ln citra yang dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation>akun tidak dikenal</translation>
    </message>
    <message>
        <source>%1 (%2) — quota: %3 of %4 left</source>
        <translation>%1 (%2) — kuota: tersisa %3 dari %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>– Already shared with these accounts: left as it is</source>
        <translation>– Sudah dibagikan dengan akun-akun ini: dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>– Not shared with these accounts: left as it is</source>
        <translation>– Tidak dibagikan dengan akun-akun ini: dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>– Not changed while the request is refused</source>
        <translation>– Tidak diubah selama permintaan ditolak</translation>
    </message>
    <message numerus="yes">
        <source>✓ Will be shared with %Ln account(s)</source>
        <translation>
            <numerusform>✓ Akan dibagikan dengan %Ln akun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Sharing with %Ln account(s) will be cancelled</source>
        <translation>
            <numerusform>✓ Pembagian dengan %Ln akun akan dibatalkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Will be copied to %Ln region(s)</source>
        <translation>
            <numerusform>✓ Akan disalin ke %Ln wilayah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) selected.</source>
        <translation>
            <numerusform>%Ln citra dipilih.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) selected: %1 to change, %2 left as they are, %3 refused.</source>
        <translation>
            <numerusform>%Ln citra dipilih: %1 akan diubah, %2 dibiarkan apa adanya, %3 ditolak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the accounts to share with.</source>
        <translation>Masukkan akun tujuan pembagian.</translation>
    </message>
    <message>
        <source>Tick the accounts whose access to cancel.</source>
        <translation>Centang akun yang aksesnya akan dibatalkan.</translation>
    </message>
    <message>
        <source>Tick the regions to copy to.</source>
        <translation>Centang wilayah tujuan salinan.</translation>
    </message>
    <message>
        <source>None of the selected images is shared.</source>
        <translation>Tidak ada citra terpilih yang dibagikan.</translation>
    </message>
    <message>
        <source>Nothing to change: every image is already shared with these accounts.</source>
        <translation>Tidak ada yang diubah: setiap citra sudah dibagikan dengan akun-akun ini.</translation>
    </message>
    <message>
        <source>Nothing to change: no image is shared with these accounts.</source>
        <translation>Tidak ada yang diubah: tidak ada citra yang dibagikan dengan akun-akun ini.</translation>
    </message>
    <message>
        <source>The rules refuse this request: see the marked images.</source>
        <translation>Aturan menolak permintaan ini: lihat citra yang ditandai.</translation>
    </message>
    <message>
        <source>Acknowledge the risk of sharing first.</source>
        <translation>Akui dahulu risiko pembagian.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the access of %1 to %Ln image(s)? They can no longer create instances from them.</source>
        <translation>
            <numerusform>Batalkan akses %1 ke %Ln citra? Akun tersebut tidak dapat lagi membuat instans dari citra itu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::CheckDialog</name>
    <message>
        <source>Check workspace</source>
        <translation>Periksa ruang kerja</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Show in the table</source>
        <translation>Tampilkan di tabel</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>Ditemukan %Ln masalah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Select the images of this finding in the main window</source>
        <translation>Pilih citra dari temuan ini di jendela utama</translation>
    </message>
    <message>
        <source>Check the workspace as it is now</source>
        <translation>Periksa ruang kerja sebagaimana adanya sekarang</translation>
    </message>
</context>
<context>
    <name>cvm::ui::CloudConnectDialog</name>
    <message>
        <source>Credentials file</source>
        <translation>Berkas kredensial</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Menguji…</translation>
    </message>
    <message numerus="yes">
        <source>Account %1: connected, %n region(s).</source>
        <translation>
            <numerusform>Akun %1: terhubung, %n wilayah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1: %2 (%3)</source>
        <translation>Akun %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Connect to cloud</source>
        <translation>Hubungkan ke cloud</translation>
    </message>
    <message>
        <source>Keys from:</source>
        <translation>Kunci dari:</translation>
    </message>
    <message>
        <source>A credentials file (one or more accounts)</source>
        <translation>Berkas kredensial (satu akun atau lebih)</translation>
    </message>
    <message>
        <source>The environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY)</source>
        <translation>Lingkungan (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY)</translation>
    </message>
    <message>
        <source>A tccli profile (~/.tccli)</source>
        <translation>Profil tccli (~/.tccli)</translation>
    </message>
    <message>
        <source>Credentials file:</source>
        <translation>Berkas kredensial:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID akun:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Tencent Cloud (cvm.tencentcloudapi.com)</source>
        <translation>Tencent Cloud (cvm.tencentcloudapi.com)</translation>
    </message>
    <message>
        <source>Tencent Cloud international (cvm.intl.tencentcloudapi.com)</source>
        <translation>Tencent Cloud internasional (cvm.intl.tencentcloudapi.com)</translation>
    </message>
    <message>
        <source>Another endpoint (URL)</source>
        <translation>Endpoint lain (URL)</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Also trust (PEM):</source>
        <translation>Percayai juga (PEM):</translation>
    </message>
    <message>
        <source>optional: a private endpoint&apos;s certificate</source>
        <translation>opsional: sertifikat endpoint privat</translation>
    </message>
    <message>
        <source>The keys stay where they are: the workspace file and the console&apos;s settings keep only where to find them. A file others can read is refused.</source>
        <translation>Kunci tetap di tempatnya: berkas ruang kerja dan pengaturan konsol hanya menyimpan letaknya. Berkas yang dapat dibaca orang lain ditolak.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
</context>
<context>
    <name>cvm::ui::CloudConnection</name>
    <message>
        <source>The endpoint is not an http(s) URL: %1</source>
        <translation>Endpoint bukan URL http(s): %1</translation>
    </message>
</context>
<context>
    <name>cvm::ui::CloudPanel</name>
    <message>
        <source>Connect…</source>
        <translation>Hubungkan…</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Tarik</translation>
    </message>
    <message>
        <source>Read the accounts&apos; images, share lists, quotas and instances from the cloud; the pending changes are kept and checked again.</source>
        <translation>Membaca citra, daftar pembagian, kuota, dan instans akun-akun dari cloud; perubahan tertunda disimpan dan diperiksa lagi.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Send the pending changes to the cloud, in order; the first refusal stops.</source>
        <translation>Mengirim perubahan tertunda ke cloud, berurutan; penolakan pertama menghentikannya.</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Undo the selected pending change and take it off the list.</source>
        <translation>Membatalkan perubahan tertunda yang dipilih dan menghapusnya dari daftar.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Putusan</translation>
    </message>
    <message>
        <source>Not connected: this workspace is not pulled from the cloud. Connect, then Pull.</source>
        <translation>Tidak terhubung: ruang kerja ini belum ditarik dari cloud. Hubungkan, lalu Tarik.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled from %1 at %2. %n change(s) pending.</source>
        <translation>
            <numerusform>Ditarik dari %1 pada %2. %n perubahan tertunda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where the keys are first: Connect…</source>
        <translation>Pilih dahulu letak kunci: Hubungkan…</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Menarik dari %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Pulling from %1: %2 of %3 requests…</source>
        <translation>Menarik dari %1: %2 dari %3 permintaan…</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n image(s): %1 new, %2 changed, %3 gone; %4 pending change(s) made again, %5 in conflict.</source>
        <translation>
            <numerusform>%n citra ditarik: %1 baru, %2 berubah, %3 hilang; %4 perubahan tertunda dibuat lagi, %5 berkonflik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the workspace first: apply saves it after each change, so that nothing applied is forgotten.</source>
        <translation>Simpan ruang kerja dahulu: penerapan menyimpannya setelah setiap perubahan, agar tidak ada yang sudah diterapkan terlupakan.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Menerapkan…</translation>
    </message>
    <message>
        <source>%1 of %2 change(s) applied. %3</source>
        <translation>%1 dari %2 perubahan diterapkan. %3</translation>
    </message>
    <message>
        <source>%1 of %2 change(s) applied. Pull to see the cloud&apos;s state.</source>
        <translation>%1 dari %2 perubahan diterapkan. Tarik untuk melihat keadaan cloud.</translation>
    </message>
    <message>
        <source>The cloud imports systems this console does not list yet (its import checks will refuse them): %1.</source>
        <translation>Cloud dapat mengimpor sistem yang belum tercantum di konsol ini (pemeriksaan impornya akan menolaknya): %1.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::Console</name>
    <message numerus="yes">
        <source>Cancel sharing of %1 with %Ln account(s)</source>
        <translation>
            <numerusform>Batalkan pembagian %1 dengan %Ln akun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %1 with %Ln account(s)</source>
        <translation>
            <numerusform>Bagikan %1 dengan %Ln akun</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit name and description of %1</source>
        <translation>Ubah nama dan deskripsi %1</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>Salin %1 ke %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s)</source>
        <translation>
            <numerusform>Hapus %Ln citra</numerusform>
        </translation>
    </message>
    <message>
        <source>Create image from %1</source>
        <translation>Buat citra dari %1</translation>
    </message>
    <message>
        <source>Import image %1</source>
        <translation>Impor citra %1</translation>
    </message>
    <message numerus="yes">
        <source>Launch %Ln instance(s) from %1</source>
        <translation>
            <numerusform>Buat %Ln instans dari %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reinstall %1</source>
        <translation>Instal ulang %1</translation>
    </message>
    <message>
        <source>Apply for import permission</source>
        <translation>Ajukan izin impor</translation>
    </message>
    <message>
        <source>Change trusted accounts</source>
        <translation>Ubah akun tepercaya</translation>
    </message>
    <message>
        <source>Record a Windows check on %1</source>
        <translation>Catat pemeriksaan Windows pada %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln image(s) from DescribeImages</source>
        <translation>
            <numerusform>Impor %Ln citra dari DescribeImages</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Tidak dapat mendengarkan di %1:%2.</translation>
    </message>
    <message>
        <source>Drop the share step of %1</source>
        <translation>Batalkan langkah berbagi %1</translation>
    </message>
    <message>
        <source>Not listening on %1: without a certificate the endpoint speaks plain HTTP, so signed requests and answers would cross the network unencrypted. Listen on 127.0.0.1, or give a certificate and its key.</source>
        <translation>Tidak mendengarkan pada %1: tanpa sertifikat endpoint berbicara HTTP biasa, sehingga permintaan bertanda tangan dan jawabannya akan melintasi jaringan tanpa enkripsi. Dengarkan pada 127.0.0.1, atau berikan sertifikat beserta kuncinya.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its private key.</source>
        <translation>HTTPS memerlukan sertifikat beserta kunci privatnya.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel sharing of %Ln image(s) with %1</source>
        <translation>
            <numerusform>Batalkan pembagian %Ln citra dengan %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln akun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %Ln image(s) with %1</source>
        <translation>
            <numerusform>Bagikan %Ln citra dengan %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln image(s) to %1</source>
        <translation>
            <numerusform>Salin %Ln citra ke %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::CopyDialog</name>
    <message>
        <source>Give image %1 to another account</source>
        <translation>Berikan citra %1 ke akun lain</translation>
    </message>
    <message>
        <source>Copy, then share</source>
        <translation>Salin, lalu bagikan</translation>
    </message>
    <message>
        <source>Copy image %1 to regions</source>
        <translation>Salin citra %1 ke wilayah</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Image %1 no longer exists.</source>
        <translation>Citra %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 (%2) — quota: %3 of %4 left</source>
        <translation>%1 (%2) — kuota: tersisa %3 dari %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>An image can be shared only in its own region. To give it to an account in another region, the image is first copied to the region you choose, as your own image; once the copy is ready, it is shared with the account (you confirm the sharing and its risk then).</source>
        <translation>Citra hanya dapat dibagikan di wilayahnya sendiri. Untuk memberikannya ke akun di wilayah lain, citra terlebih dahulu disalin ke wilayah yang Anda pilih sebagai citra Anda sendiri; setelah salinan siap, salinan dibagikan dengan akun tersebut (saat itu Anda mengonfirmasi pembagian dan risikonya).</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>Choose an account or paste its root account ID</source>
        <translation>Pilih akun atau tempel ID akun root-nya</translation>
    </message>
    <message>
        <source>&amp;Region to copy to (one):</source>
        <translation>&amp;Wilayah tujuan salinan (satu):</translation>
    </message>
    <message>
        <source>&amp;Destination regions:</source>
        <translation>Wilayah &amp;tujuan:</translation>
    </message>
    <message>
        <source>&amp;Name of the copies:</source>
        <translation>&amp;Nama salinan:</translation>
    </message>
    <message>
        <source>Each copy gets this name; it must be unique among your images in each destination.</source>
        <translation>Setiap salinan mendapat nama ini; nama harus unik di antara citra Anda di setiap tujuan.</translation>
    </message>
    <message>
        <source>Image %1 “%2”: %3, %4 GiB, in %5 (%6); state: %7.</source>
        <translation>Citra %1 “%2”: %3, %4 GiB, di %5 (%6); status: %7.</translation>
    </message>
    <message>
        <source>Shared with you by %1 (%2).</source>
        <translation>Dibagikan kepada Anda oleh %1 (%2).</translation>
    </message>
</context>
<context>
    <name>cvm::ui::CreateImageDialog</name>
    <message>
        <source>Create an image from an instance</source>
        <translation>Buat citra dari instans</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instans:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Shut the instance down first (forced power-off)</source>
        <translation>Matikan instans terlebih dahulu (paksa mati)</translation>
    </message>
    <message>
        <source>Run Sysprep (Windows)</source>
        <translation>Jalankan Sysprep (Windows)</translation>
    </message>
    <message>
        <source>Create it anyway: I know the creation will fail</source>
        <translation>Tetap buat: saya tahu pembuatannya akan gagal</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>The Windows checks of %1 pass.</source>
        <translation>Pemeriksaan Windows %1 lolos.</translation>
    </message>
    <message>
        <source>Some Windows checks fail on %1: creating the image now will fail. Fix them on the instance, then record them under Account → Windows checks of instances.</source>
        <translation>Beberapa pemeriksaan Windows gagal pada %1: membuat citra sekarang akan gagal. Perbaiki di instans, lalu catat di Akun → Pemeriksaan Windows instans.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Custom images in %1: %2 of %3 used</source>
        <translation>Citra kustom di %1: %2 dari %3 terpakai</translation>
    </message>
    <message>
        <source>You have no instance to create an image from.</source>
        <translation>Anda tidak memiliki instans untuk dijadikan citra.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::DeleteDialog</name>
    <message numerus="yes">
        <source>Delete %Ln image(s)</source>
        <translation>
            <numerusform>Hapus %Ln citra</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting frees quota. Instances launched from these images keep running.</source>
        <translation>Menghapus membebaskan kuota. Instans yang dibuat dari citra ini tetap berjalan.</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID citra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Can it be deleted?</source>
        <translation>Dapat dihapus?</translation>
    </message>
    <message>
        <source>Also delete the images&apos; snapshots</source>
        <translation>Hapus juga snapshot citra</translation>
    </message>
    <message>
        <source>Otherwise the snapshots stay, and keep being billed.</source>
        <translation>Jika tidak, snapshot tetap ada dan terus ditagih.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Can be deleted.</source>
        <translation>Dapat dihapus.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel all sharing of %Ln image(s) first…</source>
        <translation>
            <numerusform>Batalkan semua pembagian %Ln citra terlebih dahulu…</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of images to delete: %1</source>
        <translation>Untuk konfirmasi, ketik jumlah citra yang akan dihapus: %1</translation>
    </message>
    <message>
        <source>This image was shared. To confirm, type its ID: %1</source>
        <translation>Citra ini pernah dibagikan. Untuk konfirmasi, ketik ID-nya: %1</translation>
    </message>
    <message>
        <source>Nothing is deleted while any of these images cannot be deleted.</source>
        <translation>Tidak ada yang dihapus selama salah satu citra ini tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Cancel all sharing</source>
        <translation>Batalkan semua pembagian</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the sharing of %1 with all %Ln account(s)? They can no longer create instances from it.</source>
        <translation>
            <numerusform>Batalkan pembagian %1 dengan semua %Ln akun? Akun tersebut tidak dapat lagi membuat instans darinya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel all sharing of %1 (%Ln account(s) in all)? They can no longer create instances from these images.</source>
        <translation>
            <numerusform>Batalkan semua pembagian %1 (%Ln akun seluruhnya)? Akun tersebut tidak dapat lagi membuat instans dari citra ini.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::DetailsPane</name>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Pembagian</translation>
    </message>
    <message>
        <source>Copies and lineage</source>
        <translation>Salinan dan asal-usul</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instans</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID akun</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation>Dibagikan sejak</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Citra</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID instans</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistem operasi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Select an image to see its details.</source>
        <translation>Pilih citra untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID citra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>%1, %2% done</source>
        <translation>%1, %2% selesai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arsitektur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Official image</source>
        <translation>Citra resmi</translation>
    </message>
    <message>
        <source>Created from an instance</source>
        <translation>Dibuat dari instans</translation>
    </message>
    <message>
        <source>Imported from an image file</source>
        <translation>Diimpor dari berkas citra</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Bring your own licence (BYOL)</source>
        <translation>Lisensi sendiri (BYOL)</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Terenkripsi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>cloud-init</source>
        <translation>cloud-init</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Didukung</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Tidak didukung</translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <translation>%1 (%2 GiB)</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Public and marketplace images are not shared.</source>
        <translation>Citra publik dan marketplace tidak dibagikan.</translation>
    </message>
    <message>
        <source>Shared with you by %1 (%2). Only the owner sees the share list.</source>
        <translation>Dibagikan kepada Anda oleh %1 (%2). Hanya pemilik yang melihat daftar pembagian.</translation>
    </message>
    <message>
        <source>Shared with %1 of at most %2 accounts.</source>
        <translation>Dibagikan dengan %1 dari paling banyak %2 akun.</translation>
    </message>
    <message>
        <source>Copied from %1 in %2</source>
        <translation>Disalin dari %1 di %2</translation>
    </message>
    <message>
        <source>%1 — %2 (source)</source>
        <translation>%1 — %2 (sumber)</translation>
    </message>
    <message>
        <source>%1 — %2 (this image)</source>
        <translation>%1 — %2 (citra ini)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
</context>
<context>
    <name>cvm::ui::DiagnoseDialog</name>
    <message>
        <source>Diagnose %1</source>
        <translation>Diagnosis %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Image %1 no longer exists.</source>
        <translation>Citra %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>Creating %1 failed: %2</source>
        <translation>Pembuatan %1 gagal: %2</translation>
    </message>
    <message>
        <source>Importing %1 failed: %2</source>
        <translation>Impor %1 gagal: %2</translation>
    </message>
    <message>
        <source>Image %1 did not fail.</source>
        <translation>Citra %1 tidak gagal.</translation>
    </message>
    <message>
        <source>The checks of %1 pass now: delete this image and create it again.</source>
        <translation>Pemeriksaan %1 kini lolos: hapus citra ini dan buat ulang.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still fails %Ln check(s). Fix them, record them under Account → Windows checks of instances, then create the image again.</source>
        <translation>
            <numerusform>%Ln pemeriksaan masih gagal pada %1. Perbaiki, catat di Akun → Pemeriksaan Windows instans, lalu buat citra lagi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::EditImageDialog</name>
    <message>
        <source>Edit image %1</source>
        <translation>Ubah citra %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Image %1 no longer exists.</source>
        <translation>Citra %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Not empty, and unique among your images in the image&apos;s region.</source>
        <translation>Tidak kosong, dan unik di antara citra Anda di wilayah citra ini.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Image %1 in %2 (%3); state: %4.</source>
        <translation>Citra %1 di %2 (%3); status: %4.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::FaqDialog</name>
    <message>
        <source>Image FAQ</source>
        <translation>FAQ Citra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The rules of the console that follow from it:</source>
        <translation>Aturan konsol yang berasal dari jawaban ini:</translation>
    </message>
    <message>
        <source>For more, see:</source>
        <translation>Selengkapnya, lihat:</translation>
    </message>
</context>
<context>
    <name>cvm::ui::ImageActionStates</name>
    <message>
        <source>Select one image.</source>
        <translation>Pilih satu citra.</translation>
    </message>
    <message>
        <source>Image %1 is not shared with any account.</source>
        <translation>Citra %1 tidak dibagikan dengan akun mana pun.</translation>
    </message>
    <message>
        <source>You have no instance in %1 to reinstall.</source>
        <translation>Anda tidak memiliki instans di %1 untuk diinstal ulang.</translation>
    </message>
    <message>
        <source>Select one or more images.</source>
        <translation>Pilih satu citra atau lebih.</translation>
    </message>
    <message>
        <source>Only an image whose creation or import failed can be diagnosed.</source>
        <translation>Hanya citra yang gagal dibuat atau diimpor yang dapat didiagnosis.</translation>
    </message>
    <message>
        <source>None of the selected images is shared with any account.</source>
        <translation>Tidak ada citra terpilih yang dibagikan dengan akun mana pun.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::ImageFilterBar</name>
    <message>
        <source>Search by image ID, name or operating system</source>
        <translation>Cari menurut ID citra, nama, atau sistem operasi</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln citra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 dari %Ln citra</numerusform>
        </translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Semua pemilik</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <source>Only the images in this region</source>
        <translation>Hanya citra di wilayah ini</translation>
    </message>
    <message>
        <source>Only the images of this type</source>
        <translation>Hanya citra dengan jenis ini</translation>
    </message>
    <message>
        <source>Only the images in this state</source>
        <translation>Hanya citra dengan status ini</translation>
    </message>
    <message>
        <source>Only the images of this platform (operating system family)</source>
        <translation>Hanya citra dengan platform ini (keluarga sistem operasi)</translation>
    </message>
    <message>
        <source>Only the images this account owns</source>
        <translation>Hanya citra milik akun ini</translation>
    </message>
    <message>
        <source>Only the images with this tag</source>
        <translation>Hanya citra dengan tag ini</translation>
    </message>
</context>
<context>
    <name>cvm::ui::ImageTableModel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID citra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistem operasi</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arsitektur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Dibagikan dengan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
</context>
<context>
    <name>cvm::ui::ImportDescribeImagesDialog</name>
    <message>
        <source>Import DescribeImages JSON</source>
        <translation>Impor JSON DescribeImages</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>The answer of DescribeImages does not say whose images they are or where: choose the account that asked and the region it asked in. Its own images become that account&apos;s custom images; shared images are recorded as shared with it by their creator.</source>
        <translation>Jawaban DescribeImages tidak menyebutkan milik siapa citra tersebut atau di mana: pilih akun yang bertanya dan wilayah tempat akun itu bertanya. Citranya sendiri menjadi citra kustom akun itu; citra yang dibagikan dicatat sebagai dibagikan kepadanya oleh pembuatnya.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID citra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistem operasi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>The file holds no images.</source>
        <translation>Berkas tidak berisi citra.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>The file cannot be imported:</source>
        <translation>Berkas tidak dapat diimpor:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) read without problems.</source>
        <translation>
            <numerusform>%Ln citra terbaca tanpa masalah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) to import.</source>
        <translation>
            <numerusform>%Ln citra untuk diimpor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::ImportImageDialog</name>
    <message>
        <source>Import an image file</source>
        <translation>Impor berkas citra</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>What the file says:</source>
        <translation>Isi header berkas:</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Sistem operasi:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versi:</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>Ar&amp;sitektur:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>&amp;Berkas citra:</translation>
    </message>
    <message>
        <source>A local path, or an http:// or https:// address (a COS bucket in the region)</source>
        <translation>Jalur lokal, atau alamat http:// atau https:// (bucket COS di wilayah tersebut)</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Baca berkas</translation>
    </message>
    <message>
        <source>Apply for import permission</source>
        <translation>Ajukan izin impor</translation>
    </message>
    <message>
        <source>Forced import (no cloud-init; needed for an ISO file)</source>
        <translation>Impor paksa (tanpa cloud-init; diperlukan untuk berkas ISO)</translation>
    </message>
    <message>
        <source>Bring your own licence (BYOL)</source>
        <translation>Lisensi sendiri (BYOL)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 has not been granted import permission yet: apply for it first.</source>
        <translation>%1 belum mendapat izin impor: ajukan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Read the file to check it.</source>
        <translation>Baca berkas untuk memeriksanya.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Pilih berkas citra</translation>
    </message>
    <message>
        <source>Image files (*.raw *.img *.vhd *.qcow2 *.vmdk *.iso);;All files (*)</source>
        <translation>Berkas citra (*.raw *.img *.vhd *.qcow2 *.vmdk *.iso);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Choose an image file on this computer</source>
        <translation>Pilih berkas citra di komputer ini</translation>
    </message>
    <message>
        <source>Account %1 has been granted import permission.</source>
        <translation>Akun %1 telah mendapat izin mengimpor citra.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::InstanceChecksDialog</name>
    <message>
        <source>Windows checks of instances</source>
        <translation>Pemeriksaan Windows instans</translation>
    </message>
    <message>
        <source>Creating a Windows image needs these four checks to pass on the instance. Log in to the instance remotely, fix what fails, then record here what you found.</source>
        <translation>Membuat citra Windows memerlukan empat pemeriksaan ini lolos pada instans. Masuk ke instans dari jarak jauh, perbaiki yang gagal, lalu catat di sini apa yang Anda temukan.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
    <message>
        <source>You have no Windows instance.</source>
        <translation>Anda tidak memiliki instans Windows.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::InstanceDialog</name>
    <message>
        <source>Launch instances from %1</source>
        <translation>Buat instans dari %1</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Reinstall an instance with %1</source>
        <translation>Instal ulang instans dengan %1</translation>
    </message>
    <message>
        <source>Reinstall</source>
        <translation>Instal ulang</translation>
    </message>
    <message>
        <source>I trust this image and want to use it</source>
        <translation>Saya memercayai citra ini dan ingin menggunakannya</translation>
    </message>
    <message>
        <source>Image %1 no longer exists.</source>
        <translation>Citra %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>A shared image is used only in the region of its source image: %1.</source>
        <translation>Citra yang dibagikan hanya digunakan di wilayah citra sumbernya: %1.</translation>
    </message>
    <message>
        <source>An image launches and reinstalls instances only in its own region: %1.</source>
        <translation>Citra membuat dan menginstal ulang instans hanya di wilayahnya sendiri: %1.</translation>
    </message>
    <message>
        <source>This image was shared with you by %1 (%2). Tencent Cloud does not guarantee the integrity and security of images shared by other users; choose images shared by trusted accounts.</source>
        <translation>Citra ini dibagikan kepada Anda oleh %1 (%2). Tencent Cloud tidak menjamin integritas dan keamanan citra yang dibagikan oleh pengguna lain; pilih citra yang dibagikan oleh akun tepercaya.</translation>
    </message>
    <message>
        <source>You have no instance in %1 to reinstall.</source>
        <translation>Anda tidak memiliki instans di %1 untuk diinstal ulang.</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>&amp;Zona ketersediaan:</translation>
    </message>
    <message>
        <source>Number of &amp;instances:</source>
        <translation>Jumlah &amp;instans:</translation>
    </message>
    <message>
        <source>Instance &amp;name:</source>
        <translation>&amp;Nama instans:</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instans:</translation>
    </message>
</context>
<context>
    <name>cvm::ui::JournalDialog</name>
    <message>
        <source>Export journal</source>
        <translation>Ekspor jurnal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <source>The journal could not be written to %1:
%2</source>
        <translation>Jurnal tidak dapat ditulis ke %1:
%2</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Cari di jurnal</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Pilih entri untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>%1 by %2 through %3: %4</source>
        <translation>%1 oleh %2 melalui %3: %4</translation>
    </message>
    <message>
        <source>Succeeded.</source>
        <translation>Berhasil.</translation>
    </message>
    <message>
        <source>Refused by rule %1 with %2: %3</source>
        <translation>Ditolak oleh aturan %1 dengan %2: %3</translation>
    </message>
    <message>
        <source>Only the operations of this account</source>
        <translation>Hanya operasi dari akun ini</translation>
    </message>
    <message>
        <source>Only this action</source>
        <translation>Hanya tindakan ini</translation>
    </message>
    <message>
        <source>Only the operations that succeeded, or only those refused</source>
        <translation>Hanya operasi yang berhasil, atau hanya yang ditolak</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV file</source>
        <translation>Tulis entri yang ditampilkan ke berkas CSV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies).</source>
        <translation>
            <numerusform>%Ln entri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entry(ies) shown.</source>
        <translation>
            <numerusform>%1 dari %Ln entri ditampilkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::JournalModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Console</source>
        <comment>journal channel</comment>
        <translation>Konsol</translation>
    </message>
    <message>
        <source>API</source>
        <comment>journal channel</comment>
        <translation>API</translation>
    </message>
</context>
<context>
    <name>cvm::ui::MainWindow</name>
    <message>
        <source>Custom images: %1 / %2 in %3</source>
        <translation>Citra kustom: %1 / %2 di %3</translation>
    </message>
    <message>
        <source>%1[*] — CVM Image Console</source>
        <translation>%1[*] — CVM Image Console</translation>
    </message>
    <message>
        <source>Acting as: </source>
        <translation>Bertindak sebagai: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan &amp;Sebagai…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved. Save them?</source>
        <translation>Ruang kerja memiliki perubahan yang belum disimpan. Simpan?</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>The workspace could not be saved to %1:
%2</source>
        <translation>Ruang kerja tidak dapat disimpan ke %1:
%2</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Simpan ruang kerja sebagai</translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation>Berkas ruang kerja (*.json)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Berkas ruang kerja (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Ruang kerja tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1 could not be opened and was left as it is:
%2</source>
        <translation>%1 tidak dapat dibuka dan dibiarkan apa adanya:
%2</translation>
    </message>
    <message>
        <source>Apply for import permission</source>
        <translation>Ajukan izin impor</translation>
    </message>
    <message>
        <source>About CVM Image Console</source>
        <translation>Tentang CVM Image Console</translation>
    </message>
    <message>
        <source>CVM Image Console %1
Manage Tencent Cloud CVM images across accounts and regions, with every change checked by the same rules as the cloud.</source>
        <translation>CVM Image Console %1
Kelola citra CVM Tencent Cloud di berbagai akun dan wilayah, dengan setiap perubahan diperiksa oleh aturan yang sama seperti di cloud.</translation>
    </message>
    <message>
        <source>Custom images: %1 in all regions (%2 per region)</source>
        <translation>Citra kustom: %1 di semua wilayah (%2 per wilayah)</translation>
    </message>
    <message>
        <source>Not saved to a file yet</source>
        <translation>Belum disimpan ke berkas</translation>
    </message>
    <message>
        <source>Untitled workspace</source>
        <translation>Ruang kerja tanpa judul</translation>
    </message>
    <message>
        <source>Share the image with other accounts</source>
        <translation>Bagikan citra dengan akun lain</translation>
    </message>
    <message>
        <source>Cancel sharing of the image with some or all accounts</source>
        <translation>Batalkan pembagian citra dengan sebagian atau semua akun</translation>
    </message>
    <message>
        <source>Copy the image to other regions</source>
        <translation>Salin citra ke wilayah lain</translation>
    </message>
    <message>
        <source>Copy the image to another region, then share the copy with another account</source>
        <translation>Salin citra ke wilayah lain, lalu bagikan salinannya dengan akun lain</translation>
    </message>
    <message>
        <source>Change the name and description</source>
        <translation>Ubah nama dan deskripsi</translation>
    </message>
    <message>
        <source>Delete the selected images</source>
        <translation>Hapus citra yang dipilih</translation>
    </message>
    <message>
        <source>Create instances from the image</source>
        <translation>Buat instans dari citra</translation>
    </message>
    <message>
        <source>Reinstall one of your instances with the image</source>
        <translation>Instal ulang salah satu instans Anda dengan citra ini</translation>
    </message>
    <message>
        <source>Apply for permission to import image files</source>
        <translation>Ajukan izin untuk mengimpor berkas citra</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ulangi %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Ruang kerja &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Import DescribeImages JSON…</source>
        <translation>&amp;Impor JSON DescribeImages…</translation>
    </message>
    <message>
        <source>&amp;Check workspace…</source>
        <translation>&amp;Periksa ruang kerja…</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Jurnal…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Bagikan…</translation>
    </message>
    <message>
        <source>&amp;Cancel sharing…</source>
        <translation>B&amp;atalkan pembagian…</translation>
    </message>
    <message>
        <source>Co&amp;py to regions…</source>
        <translation>&amp;Salin ke wilayah…</translation>
    </message>
    <message>
        <source>&amp;Give to another account in another region…</source>
        <translation>Berikan ke akun lain di wilayah la&amp;in…</translation>
    </message>
    <message>
        <source>&amp;Edit name and description…</source>
        <translation>&amp;Ubah nama dan deskripsi…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>&amp;Launch instances…</source>
        <translation>Buat &amp;instans…</translation>
    </message>
    <message>
        <source>&amp;Reinstall an instance…</source>
        <translation>Instal &amp;ulang instans…</translation>
    </message>
    <message>
        <source>&amp;Trusted accounts…</source>
        <translation>Akun &amp;tepercaya…</translation>
    </message>
    <message>
        <source>Apply for &amp;import permission</source>
        <translation>Ajukan izin &amp;impor</translation>
    </message>
    <message>
        <source>&amp;About CVM Image Console</source>
        <translation>&amp;Tentang CVM Image Console</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terbaru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Citra</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Akun</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>Import DescribeImages JSON</source>
        <translation>Impor JSON DescribeImages</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Berkas JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(tidak ada berkas terbaru)</translation>
    </message>
    <message>
        <source>Image &amp;FAQ</source>
        <translation>&amp;FAQ Citra</translation>
    </message>
    <message>
        <source>Show why the image failed and what to do about it</source>
        <translation>Tampilkan mengapa citra gagal dan apa yang harus dilakukan</translation>
    </message>
    <message>
        <source>Create image from an i&amp;nstance…</source>
        <translation>Buat citra dari i&amp;nstans…</translation>
    </message>
    <message>
        <source>I&amp;mport an image file…</source>
        <translation>I&amp;mpor berkas citra…</translation>
    </message>
    <message>
        <source>D&amp;iagnose a failed image…</source>
        <translation>D&amp;iagnosis citra yang gagal…</translation>
    </message>
    <message>
        <source>&amp;Windows checks of instances…</source>
        <translation>&amp;Pemeriksaan Windows instans…</translation>
    </message>
    <message numerus="yes">
        <source>API on %1: %Ln request(s)</source>
        <translation>
            <numerusform>API di %1: %Ln permintaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Serve over &amp;API…</source>
        <translation>Jalankan endpoint &amp;API…</translation>
    </message>
    <message>
        <source>An API client&apos;s change was not saved, and was taken back: %1</source>
        <translation>Perubahan dari klien API tidak tersimpan dan ditarik kembali: %1</translation>
    </message>
    <message>
        <source>Done as account %1: act as %1 to undo it.</source>
        <translation>Dilakukan sebagai akun %1: bertindaklah sebagai %1 untuk mengurungkannya.</translation>
    </message>
    <message>
        <source>Done as account %1: act as %1 to redo it.</source>
        <translation>Dilakukan sebagai akun %1: bertindaklah sebagai %1 untuk mengulanginya.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Tidak dapat mengurungkan</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Tidak dapat mengulangi</translation>
    </message>
    <message>
        <source>Write whom the selected images are shared with to a CSV file</source>
        <translation>Tulis dengan siapa citra yang dipilih dibagikan ke berkas CSV</translation>
    </message>
    <message>
        <source>Select one or more of your own custom images: only an image&apos;s owner sees whom it is shared with.</source>
        <translation>Pilih satu atau beberapa citra kustom Anda sendiri: hanya pemilik citra yang melihat dengan siapa citra itu dibagikan.</translation>
    </message>
    <message>
        <source>E&amp;xport images as CSV…</source>
        <translation>E&amp;kspor citra sebagai CSV…</translation>
    </message>
    <message>
        <source>Export &amp;share lists as CSV…</source>
        <translation>Ekspor daftar &amp;pembagian sebagai CSV…</translation>
    </message>
    <message>
        <source>&amp;Find images</source>
        <translation>&amp;Cari citra</translation>
    </message>
    <message>
        <source>Cop&amp;y image ID</source>
        <translation>Salin I&amp;D citra</translation>
    </message>
    <message>
        <source>Export images as CSV</source>
        <translation>Ekspor citra sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <source>The images could not be written to %1:
%2</source>
        <translation>Citra tidak dapat ditulis ke %1:
%2</translation>
    </message>
    <message>
        <source>Export share lists as CSV</source>
        <translation>Ekspor daftar pembagian sebagai CSV</translation>
    </message>
    <message>
        <source>The share lists could not be written to %1:
%2</source>
        <translation>Daftar pembagian tidak dapat ditulis ke %1:
%2</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Periksa…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why? %1</source>
        <translation>Mengapa? %1</translation>
    </message>
    <message numerus="yes">
        <source>This workspace breaks %n rule(s) of the console. Check lists each problem and the images involved.</source>
        <translation>
            <numerusform>Ruang kerja ini melanggar %n aturan konsol. Periksa menampilkan setiap masalah dan citra yang terlibat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activity — %n new</source>
        <translation>
            <numerusform>Aktivitas — %n baru</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to &amp;cloud…</source>
        <translation>Hubungkan ke &amp;cloud…</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Dibagikan dengan saya</translation>
    </message>
    <message>
        <source>Quota by region</source>
        <translation>Kuota per wilayah</translation>
    </message>
    <message>
        <source>Share the selected images with the same accounts</source>
        <translation>Bagikan citra yang dipilih dengan akun yang sama</translation>
    </message>
    <message>
        <source>Cancel the access of some accounts to all the selected images</source>
        <translation>Batalkan akses beberapa akun ke semua citra yang dipilih</translation>
    </message>
    <message>
        <source>Copy the selected images to the same regions</source>
        <translation>Salin citra yang dipilih ke wilayah yang sama</translation>
    </message>
</context>
<context>
    <name>cvm::ui::OperationDialog</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>cvm::ui::QuotaOverviewModel</name>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — tidak tersedia</translation>
    </message>
    <message>
        <source>%1 of your custom images in this region count against its quota of %2.</source>
        <translation>%1 citra kustom Anda di wilayah ini dihitung terhadap kuotanya sebesar %2.</translation>
    </message>
    <message>
        <source>Images shared with you do not take up your quota.</source>
        <translation>Citra yang dibagikan dengan Anda tidak memakai kuota Anda.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Custom images / quota</source>
        <translation>Citra kustom / kuota</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Shared with you</source>
        <translation>Dibagikan dengan Anda</translation>
    </message>
</context>
<context>
    <name>cvm::ui::QuotaPanel</name>
    <message>
        <source>Each account may keep %1 custom images in each region. Copies, images created from instances and imports count; images shared with you do not.</source>
        <translation>Setiap akun boleh menyimpan %1 citra kustom di setiap wilayah. Salinan, citra yang dibuat dari instans, dan impor ikut dihitung; citra yang dibagikan dengan Anda tidak.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::RefusalText</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>kode kesalahan %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Mengapa?</translation>
    </message>
    <message>
        <source>Why? Image FAQ: “%1”</source>
        <translation>Mengapa? FAQ Citra: “%1”</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1 (kode kesalahan %2)</translation>
    </message>
</context>
<context>
    <name>cvm::ui::RegionList</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All regions (%1)</source>
        <translation>Semua wilayah (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — tidak tersedia</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>cvm::ui::ServeDialog</name>
    <message>
        <source>Credentials file</source>
        <translation>Berkas kredensial</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Berkas JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Serve over API</source>
        <translation>Jalankan endpoint API</translation>
    </message>
    <message>
        <source>Scripts and the official Tencent Cloud SDKs can drive this workspace through the API 3.0 endpoint, with the keys of a credentials file. Every change they make is checked by the same rules, shows here at once, and is saved to the workspace file.</source>
        <translation>Skrip dan SDK resmi Tencent Cloud dapat mengendalikan ruang kerja ini melalui endpoint API 3.0, dengan kunci dari berkas kredensial. Setiap perubahan yang mereka buat diperiksa oleh aturan yang sama, langsung tampil di sini, dan disimpan ke berkas ruang kerja.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Credentials file:</source>
        <translation>Berkas &amp;kredensial:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message numerus="yes">
        <source>Serving on %1 — %Ln request(s) so far.</source>
        <translation>
            <numerusform>Melayani di %1 — %Ln permintaan sejauh ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not serving.</source>
        <translation>Tidak melayani.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; bukan alamat IP.</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; its keys act as your accounts.</source>
        <translation>Peringatan: %1 dapat dibaca pengguna lain; kuncinya bertindak sebagai akun Anda.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Berkas PEM (*.pem *.crt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Kunci privat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Berkas PEM (*.pem *.key);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>HTTPS c&amp;ertificate:</source>
        <translation>S&amp;ertifikat HTTPS:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Kunci p&amp;rivat:</translation>
    </message>
    <message>
        <source>none: plain HTTP, on loopback only</source>
        <translation>kosong: HTTP biasa, hanya pada loopback</translation>
    </message>
    <message>
        <source>PEM, without a passphrase</source>
        <translation>PEM, tanpa frasa sandi</translation>
    </message>
</context>
<context>
    <name>cvm::ui::ShareDialog</name>
    <message>
        <source>Share image %1</source>
        <translation>Bagikan citra %1</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Dibagikan dengan</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID akun</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation>Dibagikan sejak</translation>
    </message>
    <message>
        <source>Cancel sharing with selected</source>
        <translation>Batalkan pembagian dengan yang dipilih</translation>
    </message>
    <message>
        <source>Cancel all sharing</source>
        <translation>Batalkan semua pembagian</translation>
    </message>
    <message>
        <source>Share with more accounts</source>
        <translation>Bagikan dengan akun lain</translation>
    </message>
    <message>
        <source>Paste or type root account IDs, separated by new lines, commas or spaces</source>
        <translation>Tempel atau ketik ID akun root, dipisahkan baris baru, koma, atau spasi</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bagikan</translation>
    </message>
    <message>
        <source>Image %1 no longer exists.</source>
        <translation>Citra %1 sudah tidak ada.</translation>
    </message>
    <message>
        <source>%1 — %2, in %3</source>
        <translation>%1 — %2, di %3</translation>
    </message>
    <message>
        <source>✓ %1 (%2): will be shared</source>
        <translation>✓ %1 (%2): akan dibagikan</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 shared + %2 new &gt; %3: %Ln place(s) left</source>
        <translation>
            <numerusform>%1 dibagikan + %2 baru &gt; %3: tersisa %Ln tempat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared + %2 new = %3 of at most %4</source>
        <translation>%1 dibagikan + %2 baru = %3 dari paling banyak %4</translation>
    </message>
    <message>
        <source>Cancel sharing</source>
        <translation>Batalkan pembagian</translation>
    </message>
    <message>
        <source>I understand the risk and want to share this image</source>
        <translation>Saya memahami risikonya dan ingin membagikan citra ini</translation>
    </message>
    <message>
        <source>– %1 (%2): not shared while the other lines or the limit refuse the request</source>
        <translation>– %1 (%2): tidak dibagikan selama baris lain atau batasnya menolak permintaan ini</translation>
    </message>
    <message>
        <source>Enter the accounts to share with.</source>
        <translation>Masukkan akun yang akan diajak berbagi.</translation>
    </message>
    <message>
        <source>The rules refuse this request: see the marked lines.</source>
        <translation>Aturan menolak permintaan ini: lihat baris yang ditandai.</translation>
    </message>
    <message>
        <source>Acknowledge the risk of sharing first.</source>
        <translation>Akui dulu risiko berbagi.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n lainnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel sharing of %1 with %Ln account(s): %2? They can no longer create instances from it.</source>
        <translation>
            <numerusform>Batalkan pembagian %1 dengan %Ln akun: %2? Akun tersebut tidak dapat lagi membuat instans darinya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cvm::ui::SharedWithMeModel</name>
    <message>
        <source>Account %1 is on your trusted accounts list.</source>
        <translation>Akun %1 ada dalam daftar akun tepercaya Anda.</translation>
    </message>
    <message>
        <source>Account %1 is not on your trusted accounts list: launching from its image asks you to confirm.</source>
        <translation>Akun %1 tidak ada dalam daftar akun tepercaya Anda: membuat instans dari citranya meminta konfirmasi Anda.</translation>
    </message>
    <message>
        <source>Usable in %1 only, the region of the shared image.</source>
        <translation>Hanya dapat digunakan di %1, wilayah citra yang dibagikan.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID citra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Dibagikan oleh</translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation>Dibagikan sejak</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cvm::ui::SharedWithMePanel</name>
    <message>
        <source>No other account shares an image with you.</source>
        <translation>Tidak ada akun lain yang membagikan citra dengan Anda.</translation>
    </message>
    <message>
        <source>Images shared with you: %1 · accounts sharing them: %2. Shared images do not take up your quota; each is usable only in its own region.</source>
        <translation>Citra yang dibagikan dengan Anda: %1 · akun yang membagikannya: %2. Citra yang dibagikan tidak memakai kuota Anda; masing-masing hanya dapat digunakan di wilayahnya sendiri.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::TableColumns</name>
    <message>
        <source>Fit columns to their content</source>
        <translation>Sesuaikan lebar kolom dengan isinya</translation>
    </message>
    <message>
        <source>Restore the default columns</source>
        <translation>Kembalikan kolom bawaan</translation>
    </message>
</context>
<context>
    <name>cvm::ui::TrustedAccountsDialog</name>
    <message>
        <source>Trusted accounts of %1</source>
        <translation>Akun tepercaya %1</translation>
    </message>
    <message>
        <source>Images shared with you by a trusted account launch and reinstall instances without an extra confirmation. Images from any other account need one.</source>
        <translation>Citra yang dibagikan kepada Anda oleh akun tepercaya membuat dan menginstal ulang instans tanpa konfirmasi tambahan. Citra dari akun lain memerlukannya.</translation>
    </message>
    <message>
        <source>Filter accounts by name or ID</source>
        <translation>Saring akun menurut nama atau ID</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Account ID to trust</source>
        <translation>ID akun yang akan dipercaya</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (tidak ada di ruang kerja ini)</translation>
    </message>
    <message>
        <source>Account %1 is already on the list.</source>
        <translation>Akun %1 sudah ada di daftar.</translation>
    </message>
</context>
<context>
    <name>cvm::ui::WindowsChecksView</name>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang harus dilakukan</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lolos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Every official service whose name starts with Win_Agent</source>
        <translation>Setiap layanan resmi yang namanya diawali Win_Agent</translation>
    </message>
    <message>
        <source>Program %1 in %2, service &quot;%3&quot;</source>
        <translation>Program %1 di %2, layanan &quot;%3&quot;</translation>
    </message>
</context>
</TS>
