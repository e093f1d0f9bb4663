<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>GB Admin %1</source>
        <translation>GB Admin %1</translation>
    </message>
</context>
</TS>
