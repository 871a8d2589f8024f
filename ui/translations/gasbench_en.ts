<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EventMarkers</name>
    <message>
        <location filename="../event_markers.cpp" line="17"/>
        <source>ignition</source>
        <translation>ignition</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="18"/>
        <source>flame-out</source>
        <translation>flame-out</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="20"/>
        <source>valve opened</source>
        <translation>valve opened</translation>
    </message>
    <message>
        <location filename="../event_markers.cpp" line="21"/>
        <source>valve closed</source>
        <translation>valve closed</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../opengl_support.cpp" line="13"/>
        <source>the %1 platform has no OpenGL</source>
        <translation>the %1 platform has no OpenGL</translation>
    </message>
    <message>
        <location filename="../opengl_support.cpp" line="15"/>
        <source>no OpenGL context could be created</source>
        <translation>no OpenGL context could be created</translation>
    </message>
    <message>
        <location filename="../opengl_support.cpp" line="20"/>
        <source>the OpenGL context could not be made current</source>
        <translation>the OpenGL context could not be made current</translation>
    </message>
</context>
<context>
    <name>QTableWidget</name>
    <message>
        <location filename="../measurement_table.cpp" line="14"/>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="14"/>
        <source>requirement</source>
        <translation>requirement</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="15"/>
        <source>trial</source>
        <translation>trial</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="16"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="16"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="17"/>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="17"/>
        <source>clause</source>
        <translation>clause</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="18"/>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../measurement_table.cpp" line="52"/>
        <source>result</source>
        <translation>result</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <location filename="../verdict_style.cpp" line="61"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="63"/>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="65"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="67"/>
        <source>issued</source>
        <translation>issued</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <location filename="../verdict_style.cpp" line="34"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="36"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="38"/>
        <source>aborted</source>
        <translation>aborted</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="40"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="42"/>
        <source>failed to record</source>
        <translation>failed to record</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="40"/>
        <source>failed to run</source>
        <translation>failed to run</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../verdict_style.cpp" line="10"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="12"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../verdict_style.cpp" line="14"/>
        <source>inconclusive</source>
        <translation>inconclusive</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::BatchDialog</name>
    <message>
        <location filename="../batch_dialog.cpp" line="23"/>
        <source>Register a sampling batch</source>
        <translation>Register a sampling batch</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="32"/>
        <source>Sampling number</source>
        <translation>Sampling number</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="41"/>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="42"/>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="43"/>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="44"/>
        <source>Model / specification</source>
        <translation>Model / specification</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="45"/>
        <source>Production date (YYYY-MM-DD)</source>
        <translation>Production date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="46"/>
        <source>or batch number</source>
        <translation>or batch number</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="56"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="57"/>
        <source>Sampled unit</source>
        <translation>Sampled unit</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="62"/>
        <source>Sampling date</source>
        <translation>Sampling date</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="63"/>
        <source>Samplers (comma between names)</source>
        <translation>Samplers (comma between names)</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="68"/>
        <source>Units drawn</source>
        <translation>Units drawn</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="71"/>
        <source>supervision sampling</source>
        <translation>supervision sampling</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="72"/>
        <source>commissioned</source>
        <translation>commissioned</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="73"/>
        <source>Inspection type</source>
        <translation>Inspection type</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="74"/>
        <source>a backup unit was drawn (sample code …-B)</source>
        <translation>a backup unit was drawn (sample code …-B)</translation>
    </message>
    <message>
        <location filename="../batch_dialog.cpp" line="103"/>
        <source>Register the producer and the sampled unit first.</source>
        <translation>Register the producer and the sampled unit first.</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::BatchesSection</name>
    <message>
        <location filename="../batches_section.cpp" line="42"/>
        <source>Search: sampling number, sample code, product, enterprise, credit code</source>
        <translation>Search: sampling number, sample code, product, enterprise, credit code</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="44"/>
        <source>Register enterprise…</source>
        <translation>Register enterprise…</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="46"/>
        <source>Register sampling batch…</source>
        <translation>Register sampling batch…</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="55"/>
        <source>enterprise</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="55"/>
        <source>credit code</source>
        <translation>credit code</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="55"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="55"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="59"/>
        <source>sampling number / sample</source>
        <translation>sampling number / sample</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="59"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="59"/>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>producer</source>
        <translation>producer</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>sampling date</source>
        <translation>sampling date</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="60"/>
        <source>inspection type</source>
        <translation>inspection type</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>procedure</source>
        <translation>procedure</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>started (UTC)</source>
        <translation>started (UTC)</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="62"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="63"/>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="101"/>
        <source>supervision sampling</source>
        <translation>supervision sampling</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="102"/>
        <source>commissioned</source>
        <translation>commissioned</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="112"/>
        <source>test unit</source>
        <translation>test unit</translation>
    </message>
    <message>
        <location filename="../batches_section.cpp" line="112"/>
        <source>backup unit</source>
        <translation>backup unit</translation>
    </message>
    <message numerus="yes">
        <location filename="../batches_section.cpp" line="113"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gasbench::ui::ChartsSection</name>
    <message>
        <location filename="../charts_section.cpp" line="36"/>
        <location filename="../charts_section.cpp" line="68"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="41"/>
        <source>last %1 s</source>
        <translation>last %1 s</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="45"/>
        <source>Show recorded run</source>
        <translation>Show recorded run</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="50"/>
        <source>Recorded run</source>
        <translation>Recorded run</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="55"/>
        <source>No run yet. Wheel or +/- zooms, drag or arrows pan, double-click follows the newest data.</source>
        <translation>No run yet. Wheel or +/- zooms, drag or arrows pan, double-click follows the newest data.</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="68"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="83"/>
        <source>(run %1 ended)</source>
        <translation>(run %1 ended)</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="130"/>
        <source>Live: %1, %2</source>
        <translation>Live: %1, %2</translation>
    </message>
    <message>
        <location filename="../charts_section.cpp" line="228"/>
        <source>Recorded run #%1: %2, %3</source>
        <translation>Recorded run #%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::DevicesSection</name>
    <message>
        <location filename="../devices_section.cpp" line="34"/>
        <source>unconfigured</source>
        <translation>unconfigured</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="36"/>
        <location filename="../devices_section.cpp" line="167"/>
        <source>configured</source>
        <translation>configured</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="38"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="40"/>
        <source>armed</source>
        <translation>armed</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="42"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="44"/>
        <source>faulted</source>
        <translation>faulted</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="60"/>
        <source>bus / device / channel</source>
        <translation>bus / device / channel</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="60"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="60"/>
        <source>last error</source>
        <translation>last error</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="61"/>
        <source>rate set (Hz)</source>
        <translation>rate set (Hz)</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="61"/>
        <source>rate achieved (Hz)</source>
        <translation>rate achieved (Hz)</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="61"/>
        <source>readings</source>
        <translation>readings</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="66"/>
        <source>Serial port (RS-485 adapter)</source>
        <translation>Serial port (RS-485 adapter)</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="70"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="104"/>
        <source>No serial port on this machine.</source>
        <translation>No serial port on this machine.</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="117"/>
        <source>link up</source>
        <translation>link up</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="117"/>
        <source>link down</source>
        <translation>link down</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="118"/>
        <source>%1 requests, %2 failed</source>
        <translation>%1 requests, %2 failed</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="147"/>
        <source>Station %1 running</source>
        <translation>Station %1 running</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="159"/>
        <source>idle between runs</source>
        <translation>idle between runs</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="167"/>
        <source>configured, critical</source>
        <translation>configured, critical</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="177"/>
        <source>Station %1 (%2): no run, the bench rests in its safe state.</source>
        <translation>Station %1 (%2): no run, the bench rests in its safe state.</translation>
    </message>
    <message>
        <location filename="../devices_section.cpp" line="183"/>
        <source>The station config does not load: %1</source>
        <translation>The station config does not load: %1</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::EnterpriseDialog</name>
    <message>
        <location filename="../enterprise_dialog.cpp" line="18"/>
        <source>Register an enterprise</source>
        <translation>Register an enterprise</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="29"/>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="34"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="35"/>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="36"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="37"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="58"/>
        <source>18 characters: digits and capital letters without I, O, Z, S, V</source>
        <translation>18 characters: digits and capital letters without I, O, Z, S, V</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="61"/>
        <source>✔ the check character is right</source>
        <translation>✔ the check character is right</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="67"/>
        <source>%1 of 18 characters</source>
        <translation>%1 of 18 characters</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="70"/>
        <source>a character the code does not use (I, O, Z, S, V, lower case, punctuation)</source>
        <translation>a character the code does not use (I, O, Z, S, V, lower case, punctuation)</translation>
    </message>
    <message>
        <location filename="../enterprise_dialog.cpp" line="76"/>
        <source>wrong check character: it should be %1</source>
        <translation>wrong check character: it should be %1</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="123"/>
        <source>gasbench — gas appliance test station</source>
        <translation>gasbench — gas appliance test station</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation type="vanished">STOP</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="124"/>
        <source>STOP  (Esc / F12)</source>
        <translation>STOP  (Esc / F12)</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="77"/>
        <location filename="../main_window.cpp" line="157"/>
        <source>No run. The bench rests in its safe state.</source>
        <translation>No run. The bench rests in its safe state.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="95"/>
        <source>Batches &amp;&amp; samples</source>
        <translation>Batches &amp;&amp; samples</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="96"/>
        <source>Run console</source>
        <translation>Run console</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="97"/>
        <source>Live charts</source>
        <translation>Live charts</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="98"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="99"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="59"/>
        <source>Run %1: %2 on %3</source>
        <translation>Run %1: %2 on %3</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="66"/>
        <source>Run %1 completed. The bench is in its safe state.</source>
        <translation>Run %1 completed. The bench is in its safe state.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="67"/>
        <source>Run %1 stopped. The bench is in its safe state.</source>
        <translation>Run %1 stopped. The bench is in its safe state.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="119"/>
        <source>Charts drawn without OpenGL: %1</source>
        <translation>Charts drawn without OpenGL: %1</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="127"/>
        <source>Database: %1   Station: %2</source>
        <translation>Database: %1   Station: %2</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="142"/>
        <source>The language changes when this run ends.</source>
        <translation>The language changes when this run ends.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="175"/>
        <source>STOP pressed: putting the bench in its safe state…</source>
        <translation>STOP pressed: putting the bench in its safe state…</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="182"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="183"/>
        <source>OpenGL charts</source>
        <translation>OpenGL charts</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="193"/>
        <source>Language / 语言</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Language</translation>
    </message>
    <message>
        <source>The language changes when the program is started again.</source>
        <translation type="vanished">The language changes when the program is started again.</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="214"/>
        <source>A run is going</source>
        <translation>A run is going</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="215"/>
        <source>Stop the run, put the bench in its safe state and close?</source>
        <translation>Stop the run, put the bench in its safe state and close?</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::PromptDialog</name>
    <message>
        <location filename="../prompt_dialog.cpp" line="20"/>
        <source>The procedure asks</source>
        <translation>The procedure asks</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="46"/>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="53"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="59"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="59"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="105"/>
        <source>conforms</source>
        <translation>conforms</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="106"/>
        <source>nonconforming</source>
        <translation>nonconforming</translation>
    </message>
    <message>
        <location filename="../prompt_dialog.cpp" line="107"/>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::ReportSignOffPanel</name>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="27"/>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="30"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="34"/>
        <source>correction: why</source>
        <translation>correction: why</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="46"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="47"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="48"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="49"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="50"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="75"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="95"/>
        <source> (replaced)</source>
        <translation> (replaced)</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="136"/>
        <source>Choose a sample.</source>
        <translation>Choose a sample.</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="149"/>
        <source>(not drafted)</source>
        <translation>(not drafted)</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="156"/>
        <source>No report yet: draft one.</source>
        <translation>No report yet: draft one.</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="160"/>
        <source>Cannot be signed as drafted: %1</source>
        <translation>Cannot be signed as drafted: %1</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="162"/>
        <source>%1 v%2: %3 — drafted by %4, reviewed by %5, approved by %6, issued by %7%8</source>
        <translation>%1 v%2: %3 — drafted by %4, reviewed by %5, approved by %6, issued by %7%8</translation>
    </message>
    <message>
        <location filename="../report_sign_off_panel.cpp" line="235"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::ReportsSection</name>
    <message>
        <location filename="../reports_section.cpp" line="35"/>
        <source>Choose a sample: its runs and measurements are what its report is made from.</source>
        <translation>Choose a sample: its runs and measurements are what its report is made from.</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="47"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="47"/>
        <source>procedure</source>
        <translation>procedure</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="47"/>
        <source>standard profile</source>
        <translation>standard profile</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="48"/>
        <source>ended (UTC)</source>
        <translation>ended (UTC)</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="48"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../reports_section.cpp" line="48"/>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports_section.cpp" line="139"/>
        <source>Sample %1: %n run(s)</source>
        <translation>
            <numerusform>Sample %1: %n run</numerusform>
            <numerusform>Sample %1: %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gasbench::ui::RunConsole</name>
    <message>
        <location filename="../run_console.cpp" line="70"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="71"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="77"/>
        <source>Simulated sample</source>
        <translation>Simulated sample</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="83"/>
        <source>Start run</source>
        <translation>Start run</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="89"/>
        <source>Choose a sample and a procedure, then start the run.</source>
        <translation>Choose a sample and a procedure, then start the run.</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="128"/>
        <source>The run could not start: %1</source>
        <translation>The run could not start: %1</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="254"/>
        <source>Starting the station…</source>
        <translation>Starting the station…</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="274"/>
        <source>Run %1 is running. STOP (Esc / F12) puts the bench in its safe state.</source>
        <translation>Run %1 is running. STOP (Esc / F12) puts the bench in its safe state.</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="282"/>
        <source>The bench is in its safe state.</source>
        <translation>The bench is in its safe state.</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="302"/>
        <source>Run %1 completed: %2</source>
        <translation>Run %1 completed: %2</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="307"/>
        <source>Run %1 %2: %3</source>
        <translation>Run %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="373"/>
        <source>step %1 of %2</source>
        <translation>step %1 of %2</translation>
    </message>
    <message>
        <location filename="../run_console.cpp" line="378"/>
        <source>%1: %2 left</source>
        <translation>%1: %2 left</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::TimeChart</name>
    <message>
        <location filename="../time_chart.cpp" line="32"/>
        <source>time (s)</source>
        <translation>time (s)</translation>
    </message>
</context>
<context>
    <name>gasbench::ui::RunController</name>
    <message>
        <location filename="../run_controller.cpp" line="101"/>
        <source>ALARM: the bench could not be confirmed in its safe state</source>
        <translation>ALARM: the bench could not be confirmed in its safe state</translation>
    </message>
</context>
</TS>
